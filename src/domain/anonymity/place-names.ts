/**
 * Places the name detector must not mistake for people: many Finnish place names are also
 * surnames (Lahti, Salo, Kotka...) and districts often are (Petonen, Levänen).
 * Lower case, base form; `lemmaCandidates` finds them in inflected text ("Kuopiossa", "Porin").
 */
const list = (words: string): readonly string[] => words.trim().split(/\s+/u);

/**
 * All Finnish municipalities except those that are also common first names (Kaarina, Simo,
 * Soini, Aura, Salla, Inari, Loviisa): as places they are rare in case text, as names they must
 * not be let through.
 */
export const MUNICIPALITIES: readonly string[] = list(`
  akaa alajärvi alavieska alavus asikkala askola brändö eckerö enonkoski enontekiö espoo eura
  eurajoki evijärvi finström forssa föglö geta haapajärvi haapavesi hailuoto halsua hamina
  hammarland hankasalmi hanko harjavalta hartola hattula hausjärvi heinola heinävesi helsinki
  hirvensalmi hollola huittinen humppila hyrynsalmi hyvinkää hämeenkyrö hämeenlinna ii iisalmi
  iitti ikaalinen ilmajoki ilomantsi imatra inkoo isojoki isokyrö janakkala joensuu
  jokioinen jomala joroinen joutsa juuka juupajoki juva jyväskylä jämijärvi jämsä järvenpää
  kaavi kajaani kalajoki kangasala kangasniemi kankaanpää kannonkoski kannus karijoki karkkila
  karstula karvia kaskinen kauhajoki kauhava kauniainen kaustinen keitele kemi kemijärvi keminmaa
  kemiönsaari kempele kerava keuruu kihniö kinnula kirkkonummi kitee kittilä kiuruvesi kivijärvi
  kokemäki kokkola kolari konnevesi kontiolahti korsnäs koski kotka kouvola kristiinankaupunki
  kruunupyy kuhmo kuhmoinen kumlinge kuopio kuortane kurikka kustavi kuusamo kyyjärvi kärkölä
  kärsämäki kökar lahti laihia laitila lapinjärvi lapinlahti lappajärvi lappeenranta lapua laukaa
  lemi lemland lempäälä leppävirta lestijärvi lieksa lieto liminka liperi lohja loimaa loppi
  luhanka lumijoki lumparland luoto luumäki maalahti maarianhamina marttila masku
  merijärvi merikarvia miehikkälä mikkeli muhos multia muonio mustasaari muurame mynämäki
  myrskylä mäntsälä mänttä-vilppula mäntyharju naantali nakkila nivala nokia nousiainen nurmes
  nurmijärvi närpiö orimattila oripää orivesi oulainen oulu outokumpu padasjoki paimio paltamo
  parainen parikkala parkano pedersöre pelkosenniemi pello perho pertunmaa petäjävesi pieksämäki
  pielavesi pietarsaari pihtipudas pirkkala polvijärvi pomarkku pori pornainen porvoo posio
  pudasjärvi pukkila punkalaidun puolanka puumala pyhtää pyhäjoki pyhäjärvi pyhäntä pyhäranta
  pälkäne pöytyä raahe raasepori raisio rantasalmi ranua rauma rautalampi rautavaara rautjärvi
  reisjärvi riihimäki ristijärvi rovaniemi ruokolahti ruovesi rusko rääkkylä saarijärvi
  salo saltvik sastamala sauvo savitaipale savonlinna savukoski seinäjoki sievi siikainen
  siikajoki siikalatva siilinjärvi sipoo siuntio sodankylä somero sonkajärvi sotkamo sottunga
  sulkava sund suomussalmi suonenjoki sysmä säkylä taipalsaari taivalkoski taivassalo tammela
  tampere tervo tervola teuva tohmajärvi toholampi toivakka tornio turku tuusniemi tuusula
  tyrnävä ulvila urjala utajärvi utsjoki uurainen uusikaarlepyy uusikaupunki vaala vaasa
  valkeakoski vantaa varkaus vehmaa vesanto vesilahti veteli vieremä vihti viitasaari vimpeli
  virolahti virrat vårdö vöyri ylitornio ylivieska ylöjärvi ypäjä ähtäri äänekoski
  helsingfors åbo vasa borgå karleby jakobstad brahestad ekenäs hangö kristinestad nykarleby gamlakarleby
  björneborg tammerfors uleåborg tavastehus villmanstrand fredrikshamn kotka esbo vanda grankulla kyrkslätt
  sibbo lojo raseborg pargas nådendal karis kaskö närpes korsholm malax korsnäs pedersöre larsmo kronoby
  vörå ingå sjundeå kimitoön kimito pernå lappträsk mörskom tenala pojo nagu korpo houtskär sagu vichtis kervo
  tusby träskända hyvinge idensalmi nyslott kajana torneå lahtis letala nystad raumo euraåminne
  lovisa mariehamn jomala finström lemland hammarland eckerö kökar brändö föglö kumlinge
  tölö berghäll vallgård drumsö munksnäs hertonäs dickursby sörnäs kronohagen kampen gumtäkt hagalund
  mattby alberga esboviken hangöudd
`);

/** Regions, sub-regions, former municipalities and districts of the product's areas. */
const REGIONS_AND_DISTRICTS: readonly string[] = list(`
  uusimaa varsinais-suomi satakunta kanta-häme pirkanmaa päijät-häme kymenlaakso
  etelä-karjala etelä-savo pohjois-savo pohjois-karjala keski-suomi etelä-pohjanmaa pohjanmaa
  keski-pohjanmaa pohjois-pohjanmaa kainuu lappi ahvenanmaa häme karjala savo
  ylä-savo keski-savo sisä-savo koillis-savo pohjois-satakunta itä-uusimaa länsi-uusimaa saimaa
  nilsiä maaninka karttula juankoski vehmersalmi varpaisjärvi tahko tahkovuori muuruvesi riistavesi
  puijo puijonlaakso petonen neulamäki saaristokaupunki männistö itkonniemi levänen jynkkä
  pappilanniemi rypysuo savilahti kelloniemi niirala haapaniemi inkilänmäki julkula linnanpelto
  särkiniemi kallaveti kallavesi
  noormarkku ahlainen lavia luvia kiikoinen kullaa reposaari yyteri meri-pori väinölä sampola musa
  vähärauma pormestarinluoto impola lyttylä toejoki ruosniemi mäntyluoto kuninkaanhaka itätulli
`);

/** Countries and a few foreign cities; where a client comes from is not, alone, personal data. */
const COUNTRIES: readonly string[] = list(`
  suomi ruotsi norja tanska viro venäjä latvia liettua puola saksa ranska espanja italia englanti
  iso-britannia irlanti hollanti alankomaat belgia sveitsi itävalta unkari romania bulgaria
  kreikka turkki ukraina valko-venäjä eurooppa aasia afrikka amerikka yhdysvallat kanada
  australia pohjoismaat skandinavia lähi-itä iran irak syyria afganistan somalia eritrea etiopia
  kongo sudan jemen egypti marokko tunisia algeria nigeria kenia intia pakistan bangladesh kiina
  japani thaimaa vietnam filippiinit indonesia brasilia chile kolumbia meksiko tallinna
  tukholma riika moskova
  kanariansaaret teneriffa fuengirola aurinkorannikko mallorca rhodos kreeta kypros alanya antalya
  benidorm torrevieja marbella malaga phuket pattaya bangkok dubai ateena madrid lissabon wien praha
  budapest varsova kiova harkova minsk ankara istanbul kairo bagdad teheran kabul mogadishu nairobi
  damaskos beirut amman delhi peking tokio manila hanoi adelaide melbourne sydney
  lviv odessa dnipro zaporizzja mariupol kirkuk mosul erbil basra sulaimaniya herat kandahar idlib aleppo
  latakia homs hargeisa kismayo asmara chiang davao quezon cebu saigon haiphong kathmandu dhaka lahore karachi
  islamabad isfahan shiraz tabriz izmir tbilisi jerevan baku almaty taškent bishkek kišinev bukarest belgrad
  sarajevo zagreb tirana priština
`);

/** Districts of the larger towns and towns over the border, in Finnish, that are not popular names. */
const DISTRICTS_AND_NEIGHBOURS: readonly string[] = list(`
  kamppi sörnäinen vallila pasila käpylä oulunkylä kontula itäkeskus herttoniemi vuosaari puotila
  myllypuro kannelmäki lauttasaari munkkiniemi töölö punavuori kruununhaka ruoholahti jätkäsaari
  kalasatama arabianranta viikki malminkartano pukinmäki tapanila mellunmäki kivikko laajasalo
  roihuvuori haaga pitäjänmäki konala leppävaara matinkylä espoonlahti olari kivenlahti otaniemi
  niittykumpu kauklahti kalajärvi tikkurila myyrmäki martinlaakso hakunila korso koivukylä
  hiekkaharju hervanta pispala lielahti tesoma linnainmaa kaukajärvi peltolammi multisilta nekala
  amuri varissuo runosmäki pansio lauste uittamo kupittaa kaakkuri tuira pateniemi kaijonharju
  linnanmaa maikkula myllytulli rajakylä kortepohja huhtasuo kuokkala keltinmäki vaajakoski palokka
  liipola mukkula tarto narva pärnu luulaja uumaja kiiruna viipuri sortavala petroskoi murmansk
  lontoo pariisi berliini rooma oslo
  haparanda matarenki övertorneå karesuando kaaresuvanto jällivaara kalix kirkkoniemi kirkenes
  karasjoki kautokeino kostamus svetogorsk ivangorod käkisalmi lahdenpohja sillamäe kohtla-järve
  valga viljandi rakvere haapsalu kuressaare saarenmaa hiidenmaa
`);

/**
 * Places that are also popular first names or surnames (Kaarina, Kallio, Pietari, Haaparanta):
 * a place only where the words around say so (an inessive, a place verb, "Kaarina ja Lieto").
 */
export const PLACES_THAT_ARE_NAMES: ReadonlySet<string> = new Set(
  list(`
    kaarina simo soini aura salla inari loviisa pietari haaparanta kallio malmi pihlajamäki eira
    maunula lassila tapiola soukka kivistö kaleva tammela härmälä halinen nummi hirvensalo toppila
    pajala sofia victoria santiago charlotte georgia jordan alexandria florence canaria pitkäniemi
  `),
);

/**
 * Inflected stems that suffix stripping and the gradation rules cannot turn back into the base
 * form (Turku -> Turussa drops a k after r; Varkaus -> Varkaudessa; Siikainen -> Siikaisissa).
 */
const IRREGULAR_STEMS: readonly string[] = list(`turu varkaude varkaute siikaisi virroi virro`);

export const PLACE_NAMES: ReadonlySet<string> = new Set([
  ...MUNICIPALITIES,
  ...REGIONS_AND_DISTRICTS,
  ...DISTRICTS_AND_NEIGHBOURS,
  ...COUNTRIES,
  ...IRREGULAR_STEMS,
]);

/**
 * Places whose inhabitant word (suomalainen, kuopiolainen) is read as an adjective at the start
 * of a sentence. Regions are left out: Savolainen, Karjalainen and Hämäläinen are among the
 * commonest surnames.
 */
export const DEMONYM_PLACES: ReadonlySet<string> = new Set([...MUNICIPALITIES, ...COUNTRIES]);
