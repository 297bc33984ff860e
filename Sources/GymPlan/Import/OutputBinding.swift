import DelimitedText

/// A layout output matched to one file's header: which field feeds which staging column.
struct OutputBinding: Sendable {
    let output: FileLayout.Output
    /// For each column rule, the field index in the file, or nil when the column is absent.
    let fieldIndices: [Int?]
    /// For each column rule, its name as the file's header writes it.
    let headerNames: [String?]
    /// The staging columns a COPY row fills, in order (after `file` and `line`).
    let copyColumns: [String]
    /// The columns of the target table the file actually has (all but the staging-only ones), for
    /// the upsert to set (others keep their values).
    let presentColumns: [String]
    private let ruleInputs: [[Int]]
    private let derivedInputs: [[Int]]

    /// Matches `output` to `header`; returns nil with problems when a required column is missing.
    init?(output: FileLayout.Output, header: Header, file: String, headerLine: Int, problems: inout [ImportProblem]) {
        var indices: [Int?] = []
        var names: [String?] = []
        var missing = false
        for rule in output.columns {
            let index = rule.names.lazy.compactMap { header.index(of: $0) }.first
            indices.append(index)
            names.append(index.map { header.names[$0] })
            if index == nil && rule.required {
                missing = true
                if output.reportsProblems {
                    problems.append(ImportProblem(file: file, line: headerLine, column: rule.names[0], message: "required column is missing"))
                }
            }
        }
        if missing { return nil }
        self.output = output
        self.fieldIndices = indices
        self.headerNames = names
        let ruleColumns = output.columns.map(\.staging)
        self.copyColumns = ruleColumns + output.derived.map(\.name)
        var present = zip(output.columns, indices).filter { $0.1 != nil }.map(\.0.staging)
        for derived in output.derived where derived.dependsOn.map(present.contains) ?? true {
            present.append(derived.name)
        }
        self.presentColumns = present.filter { $0 != output.target.authoritativeFlag }
        self.ruleInputs = output.rowRules.map { $0.columns.map { ruleColumns.firstIndex(of: $0)! } }
        self.derivedInputs = output.derived.map { $0.inputs.map { ruleColumns.firstIndex(of: $0)! } }
    }

    /// Parses one record into staging values (nil where absent or invalid), reporting problems.
    /// Returns whether the row is valid. `values` is reused from row to row.
    func decode(
        _ record: Record, context: RowContext, file: String, problems: inout [ImportProblem], into values: inout [String?]
    ) -> Bool {
        values.removeAll(keepingCapacity: true)
        var valid = true
        var unparsed: [Int] = []
        for (position, rule) in output.columns.enumerated() {
            guard let index = fieldIndices[position], let text = record[index] else {
                if rule.required {
                    valid = false
                    report(&problems, file, record.line, headerNames[position] ?? rule.names[0], "required value is missing")
                }
                values.append(nil)
                continue
            }
            switch rule.parser.parse(text, context) {
            case .value(let value):
                values.append(value)
            case .problem(let message):
                valid = false
                unparsed.append(position)
                report(&problems, file, record.line, headerNames[position]!, message)
                values.append(nil)
            }
        }
        // A rule over a value that did not parse would only repeat that problem.
        for (rule, inputs) in zip(output.rowRules, ruleInputs) where !inputs.contains(where: unparsed.contains) {
            if let (column, message) = rule.check(inputs.map { values[$0] }) {
                valid = false
                let position = output.columns.firstIndex { $0.staging == column }!
                report(&problems, file, record.line, headerNames[position] ?? column, message)
            }
        }
        for (derived, inputs) in zip(output.derived, derivedInputs) {
            values.append(derived.compute(inputs.map { values[$0] }))
        }
        return valid
    }

    private func report(_ problems: inout [ImportProblem], _ file: String, _ line: Int, _ column: String, _ message: String) {
        guard output.reportsProblems else { return }
        problems.append(ImportProblem(file: file, line: line, column: column, message: message))
    }
}
