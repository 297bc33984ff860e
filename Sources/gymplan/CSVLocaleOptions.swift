import ArgumentParser

/// `--locale nl`: CSV for a Dutch spreadsheet (`;`, decimal commas, a byte-order mark). Shared by
/// the commands that write CSV, so the option, its help and its checks are written once.
struct CSVLocaleOptions: ParsableArguments {
    @Option(help: "nl: CSV with ';', decimal commas and a byte-order mark, as Dutch spreadsheets expect.") var locale: String?

    func validate() throws {
        if let locale, locale != "nl" { throw ValidationError("--locale must be nl, not '\(locale)'") }
    }

    /// Whether the CSV is Dutch.
    var dutch: Bool { locale == "nl" }

    /// Refuses `--locale` when the command writes no CSV.
    func validate(writingCSV: Bool) throws {
        if locale != nil && !writingCSV { throw ValidationError("--locale applies to --format csv only") }
    }
}
