/// The sources of the rules and of the data, and the note on synthetic data.
protocol SourcesWords: LanguageWords {
    var sourcesHeading: String { get }
    var rulesHeading: String { get }
    /// Each rule as the report applies it, with where it comes from.
    func rules(_ parameters: PlanningParameters) -> [(rule: String, source: String)]
    var dataHeading: String { get }
    var dataColumns: [String] { get }
    func dataKind(_ kind: String) -> String
    func synthetic(_ synthetic: Bool) -> String
    /// The banner at the top: which data are synthetic, by the data set's own account.
    func syntheticBanner(kinds: [String], all: Bool) -> String
    var notDescribed: String { get }
    var notStated: String { get }
}

extension EnglishWords: SourcesWords {
    var sourcesHeading: String { "Sources" }
    var rulesHeading: String { "The rules and their sources" }
    func rules(_ parameters: PlanningParameters) -> [(rule: String, source: String)] {
        [
            ("Two lessons: every class in groups 3 to 8 has at least \(count(parameters.minLessons, "PE lesson", "PE lessons")) "
                + "a week, \(n(parameters.minMinutes)) minutes in all; a lesson hour lasts at least \(n(parameters.lessonMinutes)) minutes.",
             "Actualisatie Bestuursakkoord PO (2018); law since 1 August 2023: WPO art. 9 lid 2a (Kamerstuk 35102 nr. 23); "
                + "lesson hour: Stcrt 2021-35920"),
            ("Qualified teacher: every PE lesson is given by a teacher with the old broad qualification (before 2005), the new broad "
                + "qualification (leergang bewegingsonderwijs), the temporary one (following the leergang) or a specialist; since the "
                + "2001 intake the pabo diploma alone qualifies only for groups 1 and 2.",
             "WPO; Actualisatie Bestuursakkoord PO (2018)"),
            ("The grant pays a group teacher's leergang: 2015-2017 about €3.15 million a year; 2019 and 2020 €3 million a year, "
                + "at least 750 teachers a year, at most €3,500 per teacher plus 20% for costs.",
             "Stcrt 2018-67819"),
            ("Distance: a gym counts when it is at most \(n(parameters.maxDistanceM)) m from the school (measured walking route, "
                + "else the straight line × \(language.decimal(parameters.detourFactor, fractionDigits: 1))); the PE teachers' "
                + "association advises 750 m.",
             "VNG model bylaw on school accommodation (at most 1,000 m); KVLO (750 m, 300 m for special education)"),
            ("Capacity: municipalities allocate at least 1.5 clock hours of gym time a week per group of pupils aged 6 and over; "
                + "each hall gives a lesson slot per \(n(parameters.lessonMinutes)) minutes of its hours.",
             "VNG model bylaw on school accommodation"),
            ("Qualifications are judged on the reference date, 1 October of the school year, the day DUO counts pupils.",
             "DUO, pupil count of 1 October"),
        ]
    }
    var dataHeading: String { "Where the data come from" }
    var dataColumns: [String] { ["Data", "Source", "Synthetic", "Licence", "As of", "Note"] }
    func dataKind(_ kind: String) -> String {
        switch kind {
        case "all": "the data set"
        case "municipalities": "municipalities"
        case "schools": "schools"
        case "gyms": "gyms"
        case "distances": "distances"
        case "classes": "classes"
        case "teachers": "teachers"
        case "lessons": "lessons (timetables)"
        case "grants": "grants"
        case "postcode-areas": "postcode areas"
        case "gym-hours": "gyms' opening hours"
        case "school-hours": "school hours"
        case "sites": "candidate sites for new gyms"
        default: kind
        }
    }
    func synthetic(_ synthetic: Bool) -> String { synthetic ? "yes" : "no" }
    func syntheticBanner(kinds: [String], all: Bool) -> String {
        let which = all ? "all of them were made up" : "the " + Self.list(kinds.map(dataKind), and: "and") + " were made up"
        return "These data are synthetic: \(which), by the data set's own account (see Sources below). "
            + "The figures say nothing about real schools."
    }
    var notDescribed: String { "The data set does not say where its data come from (no dataset.csv was imported)." }
    var notStated: String { "not stated" }
}

extension DutchWords: SourcesWords {
    var sourcesHeading: String { "Bronnen" }
    var rulesHeading: String { "De regels en hun bronnen" }
    func rules(_ parameters: PlanningParameters) -> [(rule: String, source: String)] {
        [
            ("Twee lessen: elke klas in groep 3 tot en met 8 krijgt ten minste \(count(parameters.minLessons, "gymles", "gymlessen")) "
                + "per week, samen \(n(parameters.minMinutes)) minuten; een lesuur duurt ten minste \(n(parameters.lessonMinutes)) minuten.",
             "Actualisatie Bestuursakkoord PO (2018); wet sinds 1 augustus 2023: WPO art. 9 lid 2a (Kamerstuk 35102 nr. 23); "
                + "lesuur: Stcrt 2021-35920"),
            ("Bevoegde leerkracht: elke gymles wordt gegeven door een leerkracht met de oude brede bevoegdheid (vóór 2005), de nieuwe "
                + "brede bevoegdheid (leergang bewegingsonderwijs), de tijdelijke (volgt de leergang) of een vakleerkracht; sinds het "
                + "cohort 2001 is het pabodiploma alleen bevoegd voor groep 1 en 2.",
             "WPO; Actualisatie Bestuursakkoord PO (2018)"),
            ("De lerarenbeurs betaalt de leergang van een groepsleerkracht: 2015-2017 ongeveer € 3,15 miljoen per jaar; 2019 en 2020 "
                + "€ 3 miljoen per jaar, ten minste 750 leerkrachten per jaar, hoogstens € 3.500 per leerkracht plus 20% voor kosten.",
             "Stcrt 2018-67819"),
            ("Afstand: een gymzaal telt mee als die hoogstens \(n(parameters.maxDistanceM)) m van de school ligt (gemeten looproute, "
                + "anders de rechte lijn × \(language.decimal(parameters.detourFactor, fractionDigits: 1))); de KVLO adviseert 750 m.",
             "VNG-modelverordening voorzieningen huisvesting onderwijs (hoogstens 1.000 m); KVLO (750 m, 300 m voor speciaal onderwijs)"),
            ("Capaciteit: gemeenten wijzen per groep leerlingen van 6 jaar en ouder ten minste 1,5 klokuur gymtijd per week toe; "
                + "elke zaal geeft een lesuur per \(n(parameters.lessonMinutes)) minuten van haar uren.",
             "VNG-modelverordening voorzieningen huisvesting onderwijs"),
            ("Bevoegdheden worden beoordeeld op de peildatum, 1 oktober van het schooljaar, de dag waarop DUO de leerlingen telt.",
             "DUO, leerlingentelling van 1 oktober"),
        ]
    }
    var dataHeading: String { "Waar de gegevens vandaan komen" }
    var dataColumns: [String] { ["Gegevens", "Bron", "Synthetisch", "Licentie", "Stand van", "Toelichting"] }
    func dataKind(_ kind: String) -> String {
        switch kind {
        case "all": "de gegevensset"
        case "municipalities": "gemeenten"
        case "schools": "scholen"
        case "gyms": "gymzalen"
        case "distances": "afstanden"
        case "classes": "klassen"
        case "teachers": "leerkrachten"
        case "lessons": "lessen (roosters)"
        case "grants": "beurzen"
        case "postcode-areas": "postcodegebieden"
        case "gym-hours": "openingstijden van de gymzalen"
        case "school-hours": "schooltijden"
        case "sites": "mogelijke plaatsen voor nieuwe gymzalen"
        default: kind
        }
    }
    func synthetic(_ synthetic: Bool) -> String { synthetic ? "ja" : "nee" }
    func syntheticBanner(kinds: [String], all: Bool) -> String {
        let which = all ? "ze zijn allemaal verzonnen" : "de " + Self.list(kinds.map(dataKind), and: "en") + " zijn verzonnen"
        return "Deze gegevens zijn synthetisch: \(which), volgens de gegevensset zelf (zie Bronnen onderaan). "
            + "De cijfers zeggen niets over echte scholen."
    }
    var notDescribed: String { "De gegevensset zegt niet waar de gegevens vandaan komen (er is geen dataset.csv ingelezen)." }
    var notStated: String { "niet vermeld" }
}

extension LanguageWords {
    /// `a, b and c`.
    static func list(_ items: [String], and word: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(word) " + (items.last ?? "")
    }
}
