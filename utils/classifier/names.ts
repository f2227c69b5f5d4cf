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

/**
 * Given names of the firm's clients from everywhere else (German, French, Italian, Iberian, Dutch, Nordic,
 * Slavic, Greek, Irish, Latin American, South and East Asian, Arab, Persian, Turkish, Hebrew and West and
 * East African names, and more US names across generations). Left out, as above: names that are mostly
 * something else in broker text (Ira, Roth, Brent, Marcus, Russell, Sandy, Sofia, Jan), so "Lena Brandt" and
 * "Kwame Asante" start a candidate but "Roth Conversion" does not.
 */
const GIVEN_NAMES_WORLD =
  'Curtis James John Robert Michael William David Richard Joseph Thomas Christopher Daniel Matthew Donald Paul ' +
  'Steven Stephen Kenneth Joshua George Kevin Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas ' +
  'Eric Jonathan Larry Justin Scott Samuel Gregory Patrick Dennis Jerry Tyler Henry Douglas Peter Kyle ' +
  'Keith Lawrence Billy Elijah Bobby Johnny Ernest Francis Jimmy Lester Milton Everett Lewis Lyle Eddie ' +
  'Kenny Darrell Neil Travis Craig Kurt Wendell Duane Jamal DeAndre Jermaine Darius Jayden Colton Owen ' +
  'Blake Jared Trevor Grayson Declan Silas Jude Tobias Diego Julian Quinn Brendan Nolan Gilbert Orville ' +
  'Amos Ambrose Roscoe Myron Nathaniel Jeremiah Kareem Jamar Dustin Jeff Matt Jim Jon Sid Lou Mary ' +
  'Patricia Jennifer Linda Elizabeth Susan Jessica Sarah Karen Lisa Nancy Margaret Sandra Kimberly Emily ' +
  'Donna Michelle Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Shirley Pamela ' +
  'Emma Nicole Helen Samantha Katherine Christine Debra Rachel Janet Maria Diane Ruth Julie Olivia Joyce ' +
  'Evelyn Jacqueline Teresa Janice Doris Theresa Kayla Loretta Mildred Ethel Louise Juanita Clara Agnes ' +
  'Ella Rita Peggy Darlene Yvonne Terri Tina Krista Heidi Veronica Whitney Kristina Jamie Tanya Kelsey ' +
  'Kaitlyn Makayla Gabriella Zoe Scarlett Naomi Ariana Gianna Amaya Arianna Jordyn Tabitha Lynn Keisha ' +
  'Tameka Latasha Caroline Liz Harriet Eloise Melanie Maureen Sonya Jillian Wendi Molly Debbie Minnie ' +
  'Effie Miriam Glenda Kristi Kelsie Lena Matthias Klaus Dieter Wolfgang Helmut Günter Gerhard Manfred ' +
  'Horst Uwe Jörg Jürgen Stefan Markus Andreas Lukas Jonas Maximilian Dominik Sven Karl Bernd Volker ' +
  'Wilhelm Gottfried Josef Anton Urs Gian Ursula Renate Birgit Katrin Katharina Sophie Greta Elfriede ' +
  'Annegret Gudrun Rosemarie Nadine Svenja Frauke Roswitha François Françoise Philippe Pierre Jacques ' +
  'Michel Alain Christophe Olivier Laurent Sébastien Stéphane Thierry Frédéric Didier Patrice Gilles Hervé ' +
  'Yves Julien Benoît Étienne Loïc Enzo Adrien Augustin Jérémy Jean-Luc Isabelle Valérie Céline Léa Émilie ' +
  'Juliette Hélène Chantal Mireille Agathe Laetitia Virginie Gaëlle Yvette Simone Capucine Nadège Giulia ' +
  'Giuseppe Giovanni Francesco Alessandro Marco Matteo Lorenzo Davide Federico Riccardo Stefano Paolo ' +
  'Roberto Massimo Fabrizio Maurizio Gianni Pasquale Emanuele Filippo Alberto Mario Umberto Pietro Dario ' +
  'Aldo Fabio Daniele Francesca Alessia Silvia Antonella Cristina Noemi Lucia Luisa Patrizia Caterina ' +
  'Vittoria Javier Pablo Álvaro Jorge Manuel Iker Unai Gonzalo Íñigo Rubén Joaquín Guillermo Agustín Marta ' +
  'Carlota Rocío Núria Oriol Montse Begoña João Tiago Gonçalo Duarte Rui Nuno Vasco Afonso Pedro Paulo ' +
  'Luís Sérgio Felipe Marcelo Caio Heitor Murilo Henrique Leonor Margarida Fernanda Letícia Tatiana Aline ' +
  'Gisele Rafaela Heloísa Conceição Pieter Johannes Hendrik Willem Cornelis Gerrit Joost Bram Thijs Wouter ' +
  'Teun Wim Geert Anouk Marieke Wilma Roos Truus Søren Lars Nils Erik Anders Bjørn Henrik Magnus Gustav ' +
  'Olaf Olav Knut Leif Jesper Emil Freya Alva Birgitta Tove Göran Arne Torstein Vidar Maren Dorthe Jørgen ' +
  'Christoffer Kirsten Mikko Heikki Riitta Satu Piotr Krzysztof Tomasz Paweł Michał Marcin Łukasz Grzegorz ' +
  'Wojciech Jakub Mateusz Kamil Dariusz Andrzej Tadeusz Bogdan Przemysław Joanna Beata Halina Grażyna ' +
  'Zofia Kinga Izabela Petr Miroslav Vojtěch Karel Kateřina Zuzana Ivana Barbora Dmitri Dmitry Sergei ' +
  'Alexei Andrei Vladimir Nikolai Ivan Mikhail Yuri Boris Oleg Anatoly Denis Vitaly Valery Fyodor Ilya ' +
  'Natalya Ludmila Larisa Darya Anya Katya Zoya Volodymyr Andriy Dmytro Olena Halyna Yaroslava Zoryana ' +
  'Georgios Konstantinos Dimitrios Ioannis Nikolaos Panagiotis Vasilios Christos Spyridon Giorgos ' +
  'Theodoros Stelios Eleni Ioanna Eirini Evangelia Kalliopi Magdalini Siobhan Aoife Niamh Ciara Saoirse ' +
  'Aisling Caoimhe Orla Róisín Sinéad Deirdre Brigid Maeve Gráinne Eimear Darragh Eoin Liam Fionn Dermot ' +
  'Lorcan Killian Seamus Niall Alastair Ewan Fraser Lachlan Isla Eilidh Morag Moira José Francisco Miguel ' +
  'Rafael Héctor Raúl Ramón Arturo Gerardo Rigoberto Humberto Alfredo Ernesto Octavio Rodolfo Efraín ' +
  'Horacio Jairo Rolando Alonso Catalina Guadalupe Xóchitl Maricela Paulina Rosalba Anahí Perla Esperanza ' +
  'Soledad Alejandra Valeria Isabel Enrique Ignacio Priya Rahul Amit Anil Sunil Rajesh Ramesh Suresh ' +
  'Mahesh Ganesh Dinesh Vikram Vijay Sanjay Ajay Rohit Rohan Aditya Vivek Pradeep Sandeep Deepak Manoj ' +
  'Karan Ananya Ishaan Gopal Sachin Srinivas Karthik Girish Naresh Sumit Saurabh Neel Manish Anupam ' +
  'Narendra Anjali Divya Aditi Riya Savita Meena Radha Asha Pallavi Aishwarya Sushma Sangeeta Rupa ' +
  'Gurpreet Simran Baljit Ranjit Imran Faisal Bilal Usman Hamza Asad Adnan Zeeshan Shahid Tariq Junaid ' +
  'Naveed Sajid Ayesha Mehwish Nida Zainab Shazia Rafiq Mahmud Sabbir Tahmina Taslima Tasnim Wei Xiaoming ' +
  'Jian Mei Hui Ying Jing Ling Xin Hao Qiang Zhiwei Zhiqiang Guoqiang Xiaohong Lihua Yufei Yuxuan Junjie ' +
  'Xinyi Shuang Hua Kang Yong Xue Wen Yu-ting Hsin-yi Chi-wai Wai-man Hiroshi Takashi Kenji Yuki Haruto ' +
  'Sota Yuto Hiroto Daiki Kaito Takumi Riku Kenta Ryosuke Tetsuya Hideki Naoki Shota Yasushi Haruki Kumiko ' +
  'Tomoko Haruka Nanami Hiromi Megumi Shiho Yuka Masako Miyu Min-jun Ji-woo Seo-yeon Ji-hoon Hyun-woo ' +
  'Seung-hyun Jae-won Dong-hyun Sung-min Soo-jin Min-ji Ji-yeon Do-yoon Jae-hyun Eun-young Sun-hee ' +
  'Chae-won Ji-eun Byung-hoon Yoon-seo Minh Anh Linh Huong Hoa Thao Trang Hien Tuan Quang Huy Thang Thien ' +
  'Xuan Hoai Ferdinand Emmanuel Rogelio Danilo Arnel Maricel Corazon Mylene Erlinda Kristine Benigno ' +
  'Ronaldo Mohammed Muhammad Mohamed Ahmed Ahmad Mahmoud Mustafa Omar Khaled Hassan Hussein Hussain ' +
  'Ibrahim Yusuf Youssef Sami Rami Majid Abdullah Salim Anwar Kamal Hisham Imad Bassam Wael Zaid Nour ' +
  'Amira Dina Rana Zeinab Lubna Manal Asma Reza Hossein Mehdi Amir Behrouz Dariush Farhad Kaveh Shahin ' +
  'Saman Farnaz Shirin Neda Bahar Afsaneh Mehmet Ahmet Emre Burak Murat Cem Kerem Selim Oğuz Ayşe Merve ' +
  'Derya Sibel Nilüfer Canan Eitan Yosef Moshe Avraham Yitzhak Shira Tamar Noa Ofer Noam Shlomo Chana Tova ' +
  'Omer Efrat Gideon Boaz Enoch Oluwaseun Olumide Oluwafemi Adebayo Adewale Ayodele Babatunde Folasade ' +
  'Funmilayo Olufunke Oluwatobi Tunde Femi Kunle Segun Tolulope Taiwo Titilayo Olamide Gbenga Bisi Niyi ' +
  'Chukwuemeka Nnamdi Ngozi Ifeoma Chidinma Chigozie Chima Ogechi Musa Aliyu Nasiru Amina Safiya Kwame ' +
  'Kofi Kwaku Kwabena Kwadwo Kweku Akua Afua Adjoa Fiifi Mawuli Elikem Wanjiru Wambui Njeri Nyambura ' +
  'Wairimu Atieno Chebet Kamau Odhiambo Wekesa Cheruiyot Baraka Abebe Alemayehu Tesfaye Girma Haile Bekele ' +
  'Berhanu Biniam Meseret Tsion Yeshi Birtukan';

let given: Set<string> | undefined;

/** The given names, capitalised as written in text ("Maria"). */
export function givenNames(): ReadonlySet<string> {
  given ??= new Set([...GIVEN_NAMES.split(' '), ...GIVEN_NAMES_WORLD.split(' ')]);
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
