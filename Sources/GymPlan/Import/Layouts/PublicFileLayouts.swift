/// The layouts of the real public files: DUO's school locations, CBS's municipality list and the
/// PC4 table. They are recognised by their header, in any of their known layouts.
enum PublicFileLayouts {
    /// The layout of a public file with this header, if it is one.
    static func layout(for header: [String]) -> FileLayout? {
        let names = Set(header.map { $0.lowercased() })
        if names.contains("vestigingsnummer") || names.contains("vestigingscode") { return duoSchools }
        if names.contains("gemeentecodegm") || (names.contains("gemeentecode") && names.contains("gemeentenaam")) {
            return cbsMunicipalities
        }
        if names.isSuperset(of: ["postcode", "latitude", "longitude"]), !names.contains("school_id") { return pc4Areas }
        return nil
    }

    /// DUO's school-location file (`BRIN NUMMER;VESTIGINGSNUMMER;...` and the newer
    /// `INSTELLINGSCODE;VESTIGINGSCODE;...`): schools, and the municipalities they lie in.
    static let duoSchools = FileLayout(
        kind: "duo-schools",
        outputs: [
            .init(
                target: .school,
                columns: [
                    ColumnRule(["vestigingsnummer", "vestigingscode"], into: "school_id", required: true, duoLocationCode),
                    ColumnRule(["vestigingsnaam", "naam vestiging"], into: "name", required: true, FieldParsers.text()),
                    ColumnRule(municipalityNumberNames, into: "municipality_code", required: true, FieldParsers.municipalityCode),
                    ColumnRule(["bevoegd gezag nummer", "bevoegd gezag", "bevoegdgezagnummer"], into: "board_id", FieldParsers.text()),
                    ColumnRule(["postcode"], into: "postcode", FieldParsers.postcode),
                ]),
            .init(
                target: .municipality,
                columns: [
                    ColumnRule(municipalityNumberNames, into: "code", required: true, FieldParsers.municipalityCode),
                    ColumnRule(["gemeentenaam"], into: "name", required: true, FieldParsers.text()),
                    ColumnRule(["provincie"], into: "province", FieldParsers.text()),
                ],
                derived: [DerivedColumn(name: "authoritative", inputs: []) { _ in "f" }],
                reportsProblems: false),
        ],
        warnsAboutUnknownColumns: false)

    static let municipalityNumberNames = ["gemeentenummer", "gemeentecode"]

    /// A location code; when a layout gives only its two digits, the BRIN column completes it.
    static let duoLocationCode = FieldParser { text, context in
        if text.utf8.count <= 2, let brin = context.raw("brin nummer") ?? context.raw("instellingscode") ?? context.raw("brin") {
            return FieldParsers.schoolIdValue(brin + String(repeating: "0", count: 2 - text.utf8.count) + text)
        }
        return FieldParsers.schoolIdValue(text)
    }

    /// CBS's municipality list: `Gemeentecode,GemeentecodeGM,Gemeentenaam,...,Provincienaam`.
    static let cbsMunicipalities = FileLayout(
        kind: "cbs-municipalities",
        outputs: [.init(
            target: .municipality,
            columns: [
                ColumnRule(["gemeentecodegm", "gemeentecode"], into: "code", required: true, FieldParsers.municipalityCode),
                ColumnRule(["gemeentenaam"], into: "name", required: true, FieldParsers.text()),
                ColumnRule(["provincienaam"], into: "province", FieldParsers.text()),
            ],
            derived: [ContractLayouts.authoritative])],
        warnsAboutUnknownColumns: false)

    /// The PC4 table (`4pp.csv`): the centre of each four-digit postcode area.
    static let pc4Areas = FileLayout(
        kind: "pc4",
        outputs: [.init(
            target: .postcodeArea,
            columns: [
                ColumnRule(["postcode", "pc4"], into: "pc4", required: true, FieldParsers.pc4),
                ColumnRule(["latitude"], into: "latitude", required: true, FieldParsers.decimal(50.7, 53.6, unit: "°")),
                ColumnRule(["longitude"], into: "longitude", required: true, FieldParsers.decimal(3.3, 7.3, unit: "°")),
            ])],
        warnsAboutUnknownColumns: false)
}
