/// Every word of the HTML report in one language: one catalogue per language, each a type that
/// conforms to all the section protocols below, so a missing translation is a compile error.
/// A new section adds its own protocol (in a file of its own, with both languages' words side by
/// side) and lists it here.
protocol ReportWords: FrameWords, CoverageWords, SourcesWords, MapWords, ObstacleTableWords, ChartWords, SchoolTableWords, RosterWords,
    InvestmentWords {}

/// What every section's words build on: the language, for its numbers, dates and plurals.
protocol LanguageWords: Sendable {
    var language: Language { get }
}

extension LanguageWords {
    /// A whole number in the language's conventions.
    func n(_ value: Int) -> String { language.number(value) }

    /// A count with its noun in the right number.
    func count(_ value: Int, _ singular: String, _ plural: String) -> String {
        language.count(value, singular, plural)
    }

    /// A noun in the right number for `value`, without the number.
    func noun(_ value: Int, _ singular: String, _ plural: String) -> String {
        value == 1 ? singular : plural
    }

    /// A date (`YYYY-MM-DD`) in words; the text as it is when it is not a date.
    func date(_ text: String) -> String {
        ISODate(parsing: text).map(language.date) ?? text
    }
}

/// The report's words in English.
struct EnglishWords: LanguageWords {
    let language = Language.en
}

extension EnglishWords: ReportWords {}

/// De woorden van het rapport in het Nederlands.
struct DutchWords: LanguageWords {
    let language = Language.nl
}

extension DutchWords: ReportWords {}

extension Language {
    /// The report's catalogue of words in this language.
    var reportWords: any ReportWords {
        switch self {
        case .en: EnglishWords()
        case .nl: DutchWords()
        }
    }
}
