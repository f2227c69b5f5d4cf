/**
 * A compact list of common US given names (SSA top names across decades, plus frequent Hispanic, Asian and
 * African-American names), about 5 kB. It only *starts* a PERSON candidate, which then needs a capitalised
 * surname after it. Words that are mostly something else in broker text (May, June, Will, Chase, Grant, Bill)
 * are left out on purpose. A second list holds the ~230 most common US surnames (Census 2010), about 2 kB,
 * so "Tabitha Okafor" is missed but "Tabitha Smith" is not. Built into Sets lazily, on the first call, so
 * loading the module costs nothing. Both lists are written capitalised as they appear in text ("O'Brien"),
 * so building a Set is one native split: the content script runs in every frame and its first classify()
 * runs in the interpreter, where capitalising ~700 names per frame showed up in cold-start profiles.
 */
const GIVEN_NAMES =
  'Aaron Abigail Adam Adrian Aiden Aisha Alan Albert Alejandro Alex Alexa Alexander Alexandra Alexis Alice ' +
  'Alicia Alison Allison Alma Alyssa Amanda Amber Amy Ana Andre Andrea Andres Andrew Angel Angela Angelica ' +
  'Anita Ann Anna Anne Annie Anthony Antonio Arjun Armando Arthur Ashley Audrey Austin Ava Barbara Beatriz Ben ' +
  'Benjamin Bernard Beth Betty Beverly Bonnie Bradley Brandon Brenda Brian Brittany Bruce Bryan Caleb Calvin ' +
  'Cameron Camila Carl Carla Carlos Carmen Carol Carolyn Carrie Catherine Cecilia Chad Charles Charlotte Chen ' +
  'Cheryl Chloe Chris Christian Christina Christine Christopher Cindy Claire Clara Claudia Clifford Colleen ' +
  'Connor Courtney Craig Crystal Cynthia Daisy Dale Dan Dana Daniel Danielle Darius Darlene Darnell Darren ' +
  'David Dawn Dean Deborah Debra Denise Dennis Derek Destiny Devon Diana Diane Diego Dolores Dominic Don ' +
  'Donald Donna Doris Dorothy Douglas Dylan Earl Eddie Edgar Edith Eduardo Edward Edwin Eileen Elaine Elena ' +
  'Elijah Elizabeth Ella Ellen Emily Emma Enrique Eric Erica Erik Erin Ernest Esther Ethan Eugene Evan Evelyn ' +
  'Fatima Felicia Felix Fernando Fiona Florence Frances Francisco Frank Fred Frederick Gabriel Gabriela Gail ' +
  'Gary Gavin Gene George Gerald Gina Gladys Gloria Gordon Grace Greg Gregory Guadalupe Hailey Hannah Harold ' +
  'Harry Hassan Hazel Heather Hector Helen Henry Herbert Hiroshi Holly Howard Hui Hunter Ian Irene Isaac ' +
  'Isabel Isabella Ivan Jack Jackie Jacob Jacqueline Jaime Jake James Jamal Jamie Jane Janet Janice Jared ' +
  'Jasmine Jason Javier Jay Jean Jeff Jeffrey Jennifer Jenny Jeremy Jerome Jerry Jesse Jessica Jesus Jill Jim ' +
  'Jimmy Jin Joan Joann Joanne Joe Joel John Johnny Jon Jonathan Jordan Jorge Jose Joseph Josephine Joshua Joy ' +
  'Joyce Juan Juanita Judith Judy Julia Julian Julie Justin Kaitlyn Karen Karina Katherine Kathleen Kathryn ' +
  'Kathy Katie Kayla Keith Kelly Ken Kenji Kenneth Kevin Kim Kimberly Kristen Kristin Kyle Lakisha Lamar ' +
  'Latoya Laura Lauren Lawrence Leah Lee Leonard Leslie Li Lillian Lily Linda Lindsay Lisa Logan Lois Lori ' +
  'Louis Lucas Lucia Lucy Luis Luke Lydia Lynn Madison Malik Mandy Manuel Marcus Margaret Maria Marie Marilyn ' +
  'Mario Marion Marisol Marjorie Marlene Martha Martin Marvin Mary Mason Matthew Maureen Maurice Megan Mei ' +
  'Melanie Melissa Melvin Mia Michael Michelle Miguel Mike Mildred Ming Miriam Mohamed Mohammed Monica Monique ' +
  'Nadia Nancy Naomi Natalie Nathan Neil Nicholas Nicole Noah Nora Norma Olivia Omar Oscar Pablo Pamela ' +
  'Patricia Patrick Paul Paula Pedro Peggy Peter Philip Phillip Phyllis Priya Rachel Rafael Rahul Ralph Ramon ' +
  'Randy Raquel Raul Ray Raymond Rebecca Regina Renee Ricardo Richard Rick Ricky Rita Robert Roberta Roberto ' +
  'Robin Rodney Roger Roland Ronald Rosa Rose Ruby Russell Ruth Ryan Sabrina Samantha Samuel Sandra Sara Sarah ' +
  'Scott Sean Sergio Shannon Sharon Shawn Sheila Shirley Sofia Sonia Sophia Stacy Stanley Stephanie Stephen ' +
  'Steve Steven Sue Susan Suzanne Sylvia Tamara Tammy Tanya Tara Teresa Terrence Terry Theodore Theresa Thomas ' +
  'Tiffany Timothy Tina Todd Tom Tommy Tony Tracy Travis Trevor Troy Tyler Valerie Vanessa Veronica Vicki ' +
  'Victor Victoria Vincent Virginia Walter Wanda Wayne Wei Wendy Wesley William Willie Xavier Yolanda Yvonne ' +
  'Zachary Zoe';

let given: Set<string> | undefined;

/** The given names, capitalised as written in text ("Maria"). */
export function givenNames(): ReadonlySet<string> {
  given ??= new Set(GIVEN_NAMES.split(' '));
  return given;
}

const SURNAMES =
  'Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson ' +
  'Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis ' +
  'Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall ' +
  'Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes ' +
  'Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard ' +
  'Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price ' +
  'Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell ' +
  'Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton ' +
  'Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar ' +
  'Stevens Murray Ford Castro Marshall Owens Harrison Fernandez Mcdonald Woods Washington Kennedy Wells Vargas ' +
  'Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw ' +
  'Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren ' +
  'Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn ' +
  'Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham ' +
  'Duncan Armstrong Hudson Carroll Lane Riley Andrews Ray Berry Perkins Hoffman Johnston Matthews Pena ' +
  "Richards Willis Carpenter Lawrence Sandoval Wang Li Zhang Liu Singh Shah Cohen O'Brien O'Connor Mcallister " +
  'Kowalski Novak Rossi Fischer Tanaka Okafor Ivanova';

let surnameSet: Set<string> | undefined;

/** The common surnames, as written ("Smith", "O'Brien"). */
export function surnames(): ReadonlySet<string> {
  surnameSet ??= new Set(SURNAMES.split(' '));
  return surnameSet;
}
