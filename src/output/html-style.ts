// Output stage: the inline stylesheet of the HTML report (html.ts); colours match the pretty view's roles.

/** The whole stylesheet: light and dark schemes, text beside a sticky side panel, stacked on narrow screens. */
export const HTML_STYLE = `
:root { color-scheme: light dark; --bg: #fff; --fg: #1d1d1f; --muted: #6b6b70; --line: #ddd;
  --actor: #cfe8ff; --org: #d7f3f0; --place: #d9f7cf; --number: #fff1a8; --date: #f7d9f0; --source: #5b3cc4;
  --cue: #b3261e; --claim: #d2691e; }
@media (prefers-color-scheme: dark) { :root { --bg: #18181b; --fg: #e8e8ea; --muted: #a0a0a8; --line: #3a3a40;
  --actor: #1f4a73; --org: #1d5a55; --place: #2f5a23; --number: #6b5a12; --date: #5e2a52; --source: #b9a7ff;
  --cue: #ff8a80; --claim: #f0a35e; } }
* { box-sizing: border-box; }
body { margin: 0; padding: 1.5rem; background: var(--bg); color: var(--fg);
  font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: 0 0 .4rem; }
h2 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
.meta, .doc-source, .count { color: var(--muted); font-size: .9rem; }
.doc-source { word-break: break-all; margin: .2rem 0; }
.count::before { content: "("; } .count::after { content: ")"; }
nav.index { border-bottom: 1px solid var(--line); margin-bottom: 2rem; padding-bottom: 1rem; }
section.doc { max-width: 90rem; margin: 0 auto 3rem; }
section.doc + section.doc { border-top: 2px solid var(--line); padding-top: 1.5rem; }
.legend { font-size: .85rem; display: flex; flex-wrap: wrap; gap: .4rem; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 2rem; align-items: start; }
@media (max-width: 60rem) { .layout { grid-template-columns: 1fr; } }
.text { white-space: pre-wrap; overflow-wrap: break-word; max-width: 46rem; }
aside { position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow: auto; font-size: .9rem;
  border-left: 1px solid var(--line); padding-left: 1rem; }
aside ul { list-style: none; margin: 0; padding: 0; }
aside li { margin: .25rem 0; }
aside a { color: inherit; text-decoration: none; }
aside .sub { color: var(--muted); font-size: .85rem; padding-left: 1rem; }
mark { color: inherit; border-radius: 3px; padding: 0 1px; }
mark.actor.person { background: var(--actor); }
mark.actor.organization { background: var(--org); }
mark.place { background: var(--place); }
mark.number { background: var(--number); }
mark.date { background: var(--date); }
mark.source { background: none; color: var(--source); font-weight: 600; }
mark.cue { background: none; color: var(--cue); font-weight: 600; }
.text .claim, .legend .claim { text-decoration: underline 2px var(--claim); text-underline-offset: 3px; }
.text .claim.direct { text-decoration-style: double; }
.claim-source::after { content: " ⟨" attr(data-source) "⟩"; color: var(--claim); font-size: .8em; font-style: italic; }
.text :target { outline: 2px solid var(--cue); outline-offset: 1px; }
.error-code { font-family: ui-monospace, monospace; color: var(--cue); }
.message.error .severity, .message.warning .severity { color: var(--cue); }
details { margin-top: 1.2rem; } summary { cursor: pointer; font-weight: 600; }
`;
