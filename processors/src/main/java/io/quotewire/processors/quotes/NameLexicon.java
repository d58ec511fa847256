package io.quotewire.processors.quotes;

import static io.quotewire.processors.quotes.Chars.words;

import java.util.Set;

/** Word lists for noun phrases and names: pronouns, determiners, titles, organisation words. Immutable. */
final class NameLexicon {
    private NameLexicon() {
    }

    static final Set<String> PERSON_PRONOUNS = words("he", "she", "i", "him", "her");
    static final Set<String> PLURAL_PRONOUNS = words("they", "we", "them");
    static final Set<String> RELATIVE = words("who", "which", "that");

    static final Set<String> DETERMINERS = words("the", "a", "an", "his", "her", "their", "its", "this", "that",
            "these", "those", "our", "my", "your", "another", "one", "some", "many", "several", "two", "three",
            "four", "five", "most", "other", "both", "each", "every", "few", "no", "any", "all");

    /** Lowercase words that end a noun phrase going left or right: prepositions, conjunctions, verbs. */
    static final Set<String> STOP = words("in", "on", "at", "with", "from", "by", "to", "into", "about", "after",
            "before", "during", "over", "under", "against", "among", "through", "and", "or", "but", "that", "which",
            "because", "while", "when", "as", "if", "than", "so", "is", "was", "were", "are", "be", "been", "has",
            "have", "had", "will", "would", "could", "should", "may", "might", "must", "can", "did", "does", "do",
            "not", "it", "there", "here", "where", "what", "how", "why", "whether", "also", "then", "later",
            "since", "until", "though", "although", "yet", "nor", "per", "via", "without", "within", "upon",
            "like", "unlike", "toward", "towards", "onto", "off", "up", "down", "out", "once", "just", "only",
            "even", "still", "already", "now", "too", "very", "more", "less", "last", "next", "ago", "recently",
            "this", "week", "year", "month", "day", "morning", "night", "afternoon", "evening", "time", "told",
            "said", "says", "say", "saying", "added", "asked", "wrote", "because", "being", "getting", "having",
            "he", "she", "they", "we", "i", "you", "him", "them", "us", "me", "who", "whom", "whose", "its",
            "if", "for", "of", "being", "including", "following", "despite", "amid", "across", "around", "behind",
            "beyond", "near", "outside", "inside", "between", "above", "below", "throughout", "instead", "except",
            "today", "yesterday", "tomorrow", "tonight", "ever", "never", "again", "already", "really", "well");

    /** Capitalised words that are not names (sentence openers, days, months). */
    static final Set<String> CAP_STOP = words("the", "a", "an", "but", "and", "or", "so", "yet", "then", "now",
            "still", "however", "meanwhile", "also", "in", "on", "at", "with", "from", "by", "to", "for", "of",
            "after", "before", "during", "as", "if", "when", "while", "since", "although", "though", "because",
            "asked", "speaking", "last", "this", "that", "these", "those", "there", "here", "it", "he", "she", "they",
            "we", "i", "you", "his", "her", "their", "its", "our", "my", "your", "what", "who", "why", "how",
            "where", "which", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "earlier", "later",
            "later,", "instead", "indeed", "yes", "no", "not", "one", "all", "both", "each", "some", "many", "most",
            "even", "only", "just", "like", "unlike", "despite", "during", "amid", "among", "under", "over", "about",
            "according", "said", "says", "say", "told", "tells", "added", "adding", "writing", "wrote", "says",
            "update", "updated", "related", "read", "photo", "video", "advertisement", "click", "follow",
            "sign", "share", "today", "yesterday", "tonight", "thanks", "thank", "please", "ok", "okay", "well",
            "oh", "mr", "every", "any", "another", "other", "such", "first", "second", "third", "finally", "again",
            "perhaps", "maybe", "whether", "either", "neither", "nor", "than", "into", "onto", "upon", "via",
            "without", "within", "through", "throughout", "across", "against", "around", "behind", "beyond",
            "near", "outside", "inside", "between", "toward", "towards", "following", "including", "regarding");

    /** Words of titles and roles that precede a person's name and are dropped from the canonical name. */
    static final Set<String> TITLES = words("undersecretary", "under-secretary", "vice-president", "vice-chairman",
            "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen", "sen.",
            "senator", "rep", "rep.", "representative", "gov", "gov.", "governor", "president", "vice", "secretary",
            "minister", "prime", "foreign", "defense", "defence", "interior", "state", "leader", "supreme",
            "chairman", "chairwoman", "chair", "director", "chief", "judge", "justice", "attorney", "general", "gen",
            "gen.", "lt", "lt.", "col", "col.", "maj", "maj.", "capt", "capt.", "sgt", "sgt.", "adm", "adm.",
            "speaker", "mayor", "ambassador", "spokesman", "spokeswoman", "spokesperson", "professor", "prof",
            "prof.", "rev", "rev.", "pope", "king", "queen", "prince", "princess", "sheikh", "ayatollah",
            "commander", "commissioner", "councilman", "councilwoman", "congressman", "congresswoman",
            "assemblyman", "assemblywoman", "sheriff", "deputy", "former", "candidate", "majority", "minority",
            "whip", "house", "senate", "democratic", "republican", "gop", "presidential", "u.s.", "us", "u.s", "uk",
            "white", "press", "national", "security", "adviser", "advisor", "campaign", "manager", "chairperson",
            "ceo", "cfo", "coo", "founder", "co-founder", "executive", "officer", "treasurer", "counsel", "aide",
            "pastor", "bishop", "cardinal", "father", "sister", "brother", "rabbi", "imam", "dame", "sir", "lord",
            "lady", "baroness", "emperor", "sultan", "emir", "crown", "premier", "chancellor", "first", "lady",
            "analyst", "economist", "strategist", "pollster", "host", "anchor", "correspondent", "reporter",
            "editor", "columnist", "writer", "author", "surgeon", "mr.", "messrs.", "hon.", "honorable",
            "acting", "interim", "incoming", "outgoing", "retired", "sens.", "reps.", "govs.", "nominee",
            "hopeful", "challenger", "incumbent", "delegate", "lawmaker", "senior", "top", "democrat",
            "independent", "libertarian", "conservative", "liberal", "progressive", "billionaire", "businessman",
            "businesswoman", "mogul", "tycoon", "actor", "actress", "comedian", "singer", "rapper", "star",
            "coach", "owner", "partner", "lawyer", "attorney", "detective", "officer", "agent", "trooper",
            "private", "corporal", "sergeant", "lieutenant", "colonel", "major", "captain", "admiral", "marshal",
            "field", "staff", "special", "envoy", "rapporteur", "sec.", "sec", "atty.", "supt.", "cmdr.", "cpl.",
            "pvt.", "ret.", "dep.", "asst.", "assistant", "associate",
            // roles newspapers set before a name like a title ("Chicago Alderman …", "Journalist …")
            "alderman", "alderwoman", "councilor", "councillor", "legislator", "journalist", "activist", "organizer",
            "organiser", "consultant", "operative", "commentator", "pundit", "blogger", "historian", "scholar",
            "lobbyist", "moderator", "publisher", "producer", "co-host", "co-anchor", "filmmaker", "novelist",
            "entrepreneur", "investor", "front-runner", "frontrunner", "president-elect");

    /** Words that make a capitalised phrase an organisation. */
    static final Set<String> ORG_WORDS = words("department", "ministry", "party", "committee", "commission",
            "council", "agency", "bureau", "office", "court", "senate", "congress", "administration", "association",
            "union", "institute", "foundation", "center", "centre", "corp", "corp.", "corporation", "inc", "inc.",
            "co.", "company", "group", "news", "times", "post", "journal", "network", "press", "reuters",
            "university", "college", "police", "army", "navy", "force", "forces", "government", "pentagon",
            "kremlin", "service", "bank", "fund", "board", "federation", "league", "coalition", "alliance",
            "organization", "organisation", "authority", "embassy", "club", "channel", "magazine", "review",
            "tribune", "herald", "gazette", "daily", "media", "caucus", "pac", "project", "society", "trust",
            "reserve", "exchange", "secretariat", "cabinet", "guard", "command", "parliament", "assembly",
            "legislature", "court", "tribunal", "monitor", "observer", "telegraph", "guardian", "independent",
            "economist", "standard", "chronicle", "inquirer", "examiner", "sun", "mirror", "express", "mail",
            "politico", "breitbart", "huffpost", "buzzfeed", "axios", "bloomberg", "twitter", "facebook", "google",
            "microsoft", "apple", "amazon", "white", "campaign", "institution", "watch", "international", "inc",
            "llc", "ltd", "ltd.", "plc", "group", "holdings", "partners", "capital", "industries", "systems",
            "airlines", "motors", "bank", "insurance", "labs", "studios", "records", "entertainment", "tv",
            "radio", "broadcasting", "broadcast", "wire", "staff", "team", "ministry", "cia", "fbi", "nsa", "nato",
            "un", "eu", "opec", "who", "imf", "afp", "ap", "cnn", "nbc", "abc", "cbs", "msnbc", "fox", "bbc",
            "npr", "pbs", "gop", "dnc", "rnc", "aclu", "naacp", "nra", "isis", "isil", "hamas", "hezbollah",
            "taliban", "state", "states", "nations", "republic", "kingdom", "city", "county", "district");

    /** Nouns that name an organisation mentioned before ("the newspaper", "the daily", "the agency"). */
    static final Set<String> ORG_NOUNS = words("newspaper", "paper", "daily", "agency", "department", "ministry",
            "company", "firm", "campaign", "committee", "organization", "organisation", "group", "network",
            "government", "administration", "party", "office", "bureau", "team", "station", "magazine", "outlet",
            "website", "site", "channel", "union", "court", "council", "commission", "panel", "board", "embassy",
            "institute", "center", "foundation", "association", "coalition", "publication", "broadcaster",
            "tabloid", "weekly", "military", "pentagon", "army", "police", "regime", "kremlin", "bank", "fund",
            "watchdog", "charity", "nonprofit", "think-tank", "tank", "airline", "carrier", "manufacturer",
            "retailer", "insurer", "lender", "ministry", "cabinet", "parliament", "legislature", "senate",
            "house", "congress", "caucus", "pac", "super", "statement", "release", "report", "memo", "letter");

    /** Organisation nouns that are news media. */
    static final Set<String> MEDIA_NOUNS = words("newspaper", "paper", "daily", "network", "station", "magazine",
            "outlet", "website", "site", "channel", "publication", "broadcaster", "tabloid", "weekly");
    static final Set<String> MEDIA_WORDS = words("news", "times", "post", "journal", "network", "press", "reuters",
            "magazine", "tribune", "herald", "gazette", "daily", "media", "telegraph", "guardian", "chronicle",
            "inquirer", "examiner", "politico", "breitbart", "huffpost", "buzzfeed", "axios", "bloomberg", "afp",
            "ap", "cnn", "nbc", "abc", "cbs", "msnbc", "fox", "bbc", "npr", "pbs", "tv", "radio", "wire",
            "observer", "monitor", "standard", "review", "mail", "mirror", "sun", "express", "economist");

    /** Plural or collective nouns that make a speaker a group. */
    /**
     * Heads of a definite description that stands for a person the article has named ("the Florida senator",
     * "the front-runner", "the business mogul"), once no role given in the text decides. Not the heads of
     * anonymous sources ("the official", "the spokesman", "the aide"), which are rarely the person named before.
     */
    static final Set<String> PROMINENT_ROLES = words("candidate", "nominee", "front-runner", "frontrunner",
            "contender", "hopeful", "challenger", "incumbent", "senator", "congressman", "congresswoman",
            "governor", "mayor", "president", "president-elect", "vice-president", "mogul", "billionaire",
            "businessman", "businesswoman", "tycoon", "developer", "host", "star", "leader", "chancellor",
            "premier", "minister", "secretary", "politician", "populist", "frontman", "actor", "actress",
            "singer", "author", "republican", "democrat", "libertarian", "independent");

    static final Set<String> GROUP_NOUNS = words("officials", "protesters", "critics", "supporters", "aides",
            "analysts", "experts", "democrats", "republicans", "leaders", "members", "lawmakers", "sources",
            "advisers", "advisors", "voters", "residents", "people", "witnesses", "activists", "police", "staff",
            "staffers", "observers", "investigators", "prosecutors", "authorities", "organizers", "organisers",
            "spokesmen", "representatives", "delegates", "senators", "economists", "scientists", "doctors",
            "researchers", "conservatives", "liberals", "progressives", "students", "workers", "employees",
            "executives", "diplomats", "allies", "opponents", "backers", "donors", "fans", "demonstrators",
            "militants", "rebels", "troops", "soldiers", "agents", "lawyers", "attorneys", "judges", "pollsters",
            "strategists", "insiders", "observers", "commentators", "reporters", "journalists", "editors",
            "parents", "families", "victims", "survivors", "citizens", "americans", "iranians", "others",
            "participants", "panelists", "candidates", "governors", "mayors", "ministers", "legislators",
            "congressmen", "republicans", "democrats", "independents", "evangelicals", "clergy", "crowd",
            "audience", "readers", "viewers", "users", "followers", "signatories", "plaintiffs", "defendants",
            "petitioners", "the", "group", "both");

    /** Common female first names, to keep "she" from resolving to a man. */
    static final Set<String> FEMALE = words("hillary", "nancy", "elizabeth", "sarah", "carly", "huma", "jill",
            "kellyanne", "megyn", "michelle", "melania", "ivanka", "hope", "jennifer", "katrina", "dana", "loretta",
            "susan", "samantha", "condoleezza", "madeleine", "theresa", "angela", "marine", "haley", "nikki",
            "debbie", "donna", "karen", "mary", "patricia", "linda", "barbara", "margaret", "lisa", "betty",
            "dorothy", "sandra", "ashley", "kimberly", "emily", "amanda", "melissa", "deborah", "stephanie",
            "rebecca", "laura", "sharon", "cynthia", "kathleen", "amy", "shirley", "helen", "anna", "brenda",
            "pamela", "nicole", "emma", "katherine", "christine", "debra", "rachel", "catherine", "carolyn",
            "janet", "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia",
            "kelly", "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea", "hannah",
            "martha", "jacqueline", "frances", "gloria", "ann", "anne", "teresa", "kathryn", "sara", "janice",
            "jean", "alice", "doris", "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn", "beverly",
            "danielle", "sophia", "marie", "diana", "brittany", "natalie", "charlotte", "rose", "alexis", "kayla",
            "elaine", "claire", "kirsten", "tammy", "marsha", "cathy", "chelsea", "jeanne", "kamala", "maxine",
            "tulsi", "zoe", "kate", "katie", "meghan", "sheila", "joni", "mazie", "heidi", "dianne", "patty",
            "tina", "elise", "marcia", "ilhan", "rashida", "ayanna", "alexandria", "kristen", "kirstie",
            "jessica", "erin", "ellen", "gretchen", "greta", "paula", "wendy", "valerie", "roberta", "yvonne",
            "cecile", "hope", "jan", "meg", "mika", "nina", "norah", "rosie", "sally", "stacey", "tamara",
            "vanessa", "whoopi", "hilary", "jane", "jo", "joy", "kay", "lynn", "mia", "nora", "penny",
            "rita", "sue", "tara", "tracy", "eva", "ruby", "kellie", "betsy", "condi", "lindsay", "liz",
            "beth", "becky", "dianne", "connie", "katy", "carla", "carol", "gwen", "harriet", "irene", "joanne",
            "leslie", "lori", "michele", "monica", "naomi", "ann", "pam", "renee", "rosa", "sonia", "stephanie",
            "suzanne", "sylvia", "vicki", "allison", "alison", "april", "bernadette", "bonnie", "brooke",
            "candice", "caroline", "cindy", "crystal", "dolores", "eleanor", "faith", "georgia", "holly",
            "jenny", "kim", "lily", "lucy", "maggie", "marjorie", "mildred", "molly", "neera", "nikki", "sheryl",
            "terri", "tiffany", "trish", "ursula", "veronica", "yolanda");

    /** Places: countries, US states, capitals; named as speakers they stand for governments, never for "he". */
    static final Set<String> PLACES = words("afghanistan", "albania", "algeria", "argentina", "armenia", "australia",
            "austria", "bahrain", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil", "britain",
            "bulgaria", "burma", "cambodia", "canada", "chile", "china", "colombia", "croatia", "cuba", "cyprus",
            "denmark", "ecuador", "egypt", "england", "estonia", "ethiopia", "europe", "finland", "france",
            "georgia", "germany", "ghana", "greece", "guatemala", "haiti", "honduras", "hungary", "iceland", "india",
            "indonesia", "iran", "iraq", "ireland", "israel", "italy", "japan", "jordan", "kazakhstan", "kenya",
            "korea", "kosovo", "kuwait", "latvia", "lebanon", "libya", "lithuania", "malaysia", "mexico", "moldova",
            "mongolia", "morocco", "myanmar", "nepal", "netherlands", "nicaragua", "nigeria", "norway", "oman",
            "pakistan", "palestine", "panama", "paraguay", "peru", "philippines", "poland", "portugal", "qatar",
            "romania", "russia", "rwanda", "scotland", "serbia", "singapore", "slovakia", "somalia", "spain",
            "sudan", "sweden", "switzerland", "syria", "taiwan", "thailand", "tunisia", "turkey", "uganda",
            "ukraine", "uruguay", "venezuela", "vietnam", "wales", "yemen", "zimbabwe", "america", "africa", "asia",
            "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
            "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
            "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
            "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont",
            "virginia", "washington", "wisconsin", "wyoming", "carolina", "dakota", "hampshire", "jersey", "york",
            "baghdad", "beijing", "berlin", "brussels", "cairo", "chicago", "damascus", "geneva", "havana",
            "jerusalem", "kabul", "kiev", "london", "moscow", "paris", "pyongyang", "seoul", "tehran", "tokyo",
            "boston", "philadelphia", "cleveland", "miami", "atlanta", "houston", "dallas", "denver", "detroit",
            "orlando", "brooklyn", "manhattan", "tripoli", "benghazi", "aleppo", "mosul", "gaza", "riyadh",
            "ankara", "istanbul", "rome", "madrid", "vienna", "warsaw", "athens", "dublin", "ottawa", "toronto",
            "sydney", "mumbai", "delhi", "islamabad", "kandahar", "fallujah", "ramadi", "raqqa", "homs");

    /** Adjectives of nation, region, faith and party: alone, they describe someone and never name a person. */
    static final Set<String> DEMONYMS = words("british", "english", "french", "german", "italian", "spanish",
            "mexican", "chinese", "japanese", "korean", "russian", "iranian", "iraqi", "israeli", "palestinian",
            "syrian", "saudi", "turkish", "egyptian", "afghan", "pakistani", "indian", "canadian", "cuban",
            "venezuelan", "brazilian", "ukrainian", "polish", "dutch", "greek", "irish", "scottish", "welsh",
            "european", "african", "asian", "arab", "arabic", "jewish", "muslim", "islamic", "catholic",
            "protestant", "evangelical", "hispanic", "latino", "latina", "libyan", "lebanese", "jordanian",
            "kurdish", "yemeni", "somali", "nigerian", "kenyan", "ethiopian", "australian", "swiss", "swedish",
            "norwegian", "danish", "finnish", "belgian", "austrian", "hungarian", "czech", "romanian",
            "bulgarian", "serbian", "croatian", "vietnamese", "filipino", "indonesian", "malaysian", "thai",
            "taiwanese", "tibetan", "colombian", "argentine", "argentinian", "chilean", "peruvian", "haitian",
            "sunni", "shiite", "soviet", "western", "eastern", "northern", "southern", "midwestern", "american",
            "republican", "democratic", "libertarian", "communist", "socialist", "qatari", "emirati", "kuwaiti",
            "bahraini", "moroccan", "tunisian", "algerian", "sudanese", "bosnian", "albanian", "georgian",
            "armenian", "azerbaijani", "kazakh", "uzbek", "mongolian", "burmese", "nepalese", "bangladeshi",
            "lankan", "nicaraguan", "honduran", "guatemalan", "salvadoran", "dominican", "jamaican");

    /** Whether a name's first word is a {@linkplain #FEMALE woman's first name} ("Hillary Clinton"). */
    static boolean womansName(String name) {
        int space = name.indexOf(' ');
        return FEMALE.contains((space < 0 ? name : name.substring(0, space)).toLowerCase(java.util.Locale.ROOT));
    }
}
