import PostgresClient

/// What the data set says of itself (`dataset.csv`): where each kind of data came from and
/// whether it is synthetic. Empty when no description was imported.
public struct DatasetDescription: Sendable, Equatable, Codable {
    /// One row per kind of data described, `all` first, then in the order of `DatasetSource.describable`.
    public var sources: [DatasetSource]

    public init(sources: [DatasetSource] = []) {
        self.sources = sources.sorted {
            (DatasetSource.describable.firstIndex(of: $0.data) ?? .max) < (DatasetSource.describable.firstIndex(of: $1.data) ?? .max)
        }
    }

    /// The row on the data set as a whole, if any.
    public var whole: DatasetSource? { sources.first { $0.data == "all" } }

    /// True when the data set says any of its data are synthetic.
    public var synthetic: Bool { sources.contains(where: \.synthetic) }

    /// The description stored in the database.
    public static func read(_ connection: Connection) throws -> DatasetDescription {
        let rows = try connection.query("""
            SELECT data, source, synthetic, licence, as_of::text AS as_of, note FROM dataset_source
            """).rows
        return DatasetDescription(sources: try rows.map { row in
            DatasetSource(
                data: try row.decode("data"), source: try row.decode("source"), synthetic: try row.decode("synthetic"),
                licence: try row.decode("licence"), asOf: try row.decode("as_of"), note: try row.decode("note"))
        })
    }

    /// Written with `synthetic` first, so that a reader of the JSON sees it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: ExtraKeys.self)
        try container.encode(synthetic, forKey: .synthetic)
        try container.encode(sources, forKey: .sources)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: ExtraKeys.self)
        self.init(sources: try container.decode([DatasetSource].self, forKey: .sources))
    }

    private enum ExtraKeys: String, CodingKey {
        case synthetic, sources
    }
}

/// One row of `dataset.csv`.
public struct DatasetSource: Sendable, Equatable, Codable {
    /// `all` or a kind of data (`schools`, `gyms`, ...).
    public var data: String
    /// Where it came from, in words (a publisher and file, or the program that generated it).
    public var source: String
    /// Made up rather than observed.
    public var synthetic: Bool
    @ExplicitNull public var licence: String?
    /// The date the data are as of (`YYYY-MM-DD`).
    @ExplicitNull public var asOf: String?
    @ExplicitNull public var note: String?

    public init(data: String, source: String, synthetic: Bool, licence: String? = nil, asOf: String? = nil, note: String? = nil) {
        self.data = data
        self.source = source
        self.synthetic = synthetic
        self.licence = licence
        self.asOf = asOf
        self.note = note
    }

    /// What a row may describe: the data set as a whole, then each kind of data.
    public static let describable = ["all"] + DataKind.reportOrder.filter { $0 != .dataset }.map(\.rawValue)

    enum CodingKeys: String, CodingKey {
        case data, source, synthetic, licence
        case asOf = "as_of"
        case note
    }
}
