/**
 * A compact list of common US given names (SSA top names across decades, plus frequent Hispanic, Asian and
 * African-American names), about 5 kB. It only *starts* a PERSON candidate, which then needs a capitalised
 * surname after it. Words that are mostly something else in broker text (May, June, Will, Chase, Grant, Bill)
 * are left out on purpose. A second list holds the ~230 most common US surnames (Census 2010), about 2 kB,
 * so "Tabitha Okafor" is missed but "Tabitha Smith" is not. Built into Sets lazily, on the first call, so
 * loading the module costs nothing.
 */
const GIVEN_NAMES =
  'aaron abigail adam adrian aiden aisha alan albert alejandro alex alexa alexander alexandra alexis alice alicia ' +
  'alison allison alma alyssa amanda amber amy ana andre andrea andres andrew angel angela angelica anita ann anna ' +
  'anne annie anthony antonio arjun armando arthur ashley audrey austin ava barbara beatriz ben benjamin ' +
  'bernard beth betty beverly bonnie bradley brandon brenda brian brittany bruce bryan caleb calvin cameron camila ' +
  'carl carla carlos carmen carol carolyn carrie catherine cecilia chad charles charlotte chen cheryl chloe chris ' +
  'christian christina christine christopher cindy claire clara claudia clifford colleen connor courtney craig ' +
  'crystal cynthia daisy dale dan dana daniel danielle darius darlene darnell darren david dawn dean deborah debra ' +
  'denise dennis derek destiny devon diana diane diego dolores dominic don donald donna doris dorothy douglas dylan ' +
  'earl eddie edgar edith eduardo edward edwin eileen elaine elena elijah elizabeth ella ellen emily emma enrique ' +
  'eric erica erik erin ernest esther ethan eugene evan evelyn fatima felicia felix fernando fiona florence ' +
  'frances francisco frank fred frederick gabriel gabriela gail gary gavin gene george gerald gina gladys gloria ' +
  'gordon grace greg gregory guadalupe hailey hannah harold harry hassan hazel heather hector helen henry herbert ' +
  'hiroshi holly howard hui hunter ian irene isaac isabel isabella ivan jack jackie jacob jacqueline jaime jake ' +
  'james jamal jamie jane janet janice jared jasmine jason javier jay jean jeff jeffrey jennifer jenny jeremy ' +
  'jerome jerry jesse jessica jesus jill jim jimmy jin joan joann joanne joe joel john johnny jon jonathan jordan ' +
  'jorge jose joseph josephine joshua joy joyce juan juanita judith judy julia julian julie justin kaitlyn karen ' +
  'karina katherine kathleen kathryn kathy katie kayla keith kelly ken kenji kenneth kevin kim kimberly kristen ' +
  'kristin kyle lakisha lamar latoya laura lauren lawrence leah lee leonard leslie li lillian lily linda lindsay ' +
  'lisa logan lois lori louis lucas lucia lucy luis luke lydia lynn madison malik mandy manuel marcus margaret ' +
  'maria marie marilyn mario marion marisol marjorie marlene martha martin marvin mary mason matthew maureen maurice ' +
  'megan mei melanie melissa melvin mia michael michelle miguel mike mildred ming miriam mohamed mohammed monica ' +
  'monique nadia nancy naomi natalie nathan neil nicholas nicole noah nora norma olivia omar oscar pablo pamela ' +
  'patricia patrick paul paula pedro peggy peter philip phillip phyllis priya rachel rafael rahul ralph ramon ' +
  'randy raquel raul ray raymond rebecca regina renee ricardo richard rick ricky rita robert roberta roberto robin ' +
  'rodney roger roland ronald rosa rose ruby russell ruth ryan sabrina samantha samuel sandra sara sarah scott ' +
  'sean sergio shannon sharon shawn sheila shirley sofia sonia sophia stacy stanley stephanie stephen steve steven ' +
  'sue susan suzanne sylvia tamara tammy tanya tara teresa terrence terry theodore theresa thomas tiffany timothy ' +
  'tina todd tom tommy tony tracy travis trevor troy tyler valerie vanessa veronica vicki victor victoria vincent ' +
  'virginia walter wanda wayne wei wendy wesley william willie xavier yolanda yvonne zachary zoe';

let given: Set<string> | undefined;

/** Whether `word`, capitalised as written in text ("Maria"), is a common given name. */
export function isGivenName(word: string): boolean {
  given ??= new Set(GIVEN_NAMES.split(' ').map((name) => name.charAt(0).toUpperCase() + name.slice(1)));
  return given.has(word);
}

const SURNAMES =
  'smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson ' +
  'anderson thomas taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis ' +
  'robinson walker young allen king wright scott torres nguyen hill flores green adams nelson baker hall ' +
  'rivera campbell mitchell carter roberts gomez phillips evans turner diaz parker cruz edwards collins reyes ' +
  'stewart morris morales murphy cook rogers gutierrez ortiz morgan cooper peterson bailey reed kelly howard ' +
  'ramos kim cox ward richardson watson brooks chavez wood james bennett gray mendoza ruiz hughes price ' +
  'alvarez castillo sanders patel myers long ross foster jimenez powell jenkins perry russell sullivan bell ' +
  'coleman butler henderson barnes gonzales fisher vasquez simmons romero jordan patterson alexander hamilton ' +
  'graham reynolds griffin wallace moreno west cole hayes bryant herrera gibson ellis tran medina aguilar ' +
  'stevens murray ford castro marshall owens harrison fernandez mcdonald woods washington kennedy wells ' +
  'vargas henry chen freeman webb tucker guzman burns crawford olson simpson porter hunter gordon mendez ' +
  'silva shaw snyder mason dixon munoz hunt hicks holmes palmer wagner black robertson boyd rose stone ' +
  'salazar fox warren mills meyer rice schmidt garza daniels ferguson nichols stephens soto weaver ryan ' +
  'gardner payne grant dunn kelley spencer hawkins arnold pierce vazquez hansen peters santos hart bradley ' +
  'knight elliott cunningham duncan armstrong hudson carroll lane riley andrews ray berry perkins hoffman ' +
  'johnston matthews pena richards willis carpenter lawrence sandoval wang li zhang liu singh shah cohen ' +
  "o'brien o'connor mcallister kowalski novak rossi fischer tanaka okafor ivanova";

let surnames: Set<string> | undefined;

/** Whether `word`, as written ("Smith", "O'Brien"), is a common surname. */
export function isSurname(word: string): boolean {
  surnames ??= new Set(SURNAMES.split(' ').map((name) => name.replace(/(^|')([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase())));
  return surnames.has(word);
}
