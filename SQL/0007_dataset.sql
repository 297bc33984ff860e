-- What a data set says of itself (dataset.csv, optional): per kind of data, where it came from,
-- whether it is synthetic (made up, as the sample's gyms and timetables are), its licence and the
-- date it is as of (as_of). The row 'all' speaks for the data set as a whole. The report shows these
-- sources and a note when data are synthetic.
CREATE TABLE dataset_source (
    data            text COLLATE "C" PRIMARY KEY
                    CHECK (data IN ('all', 'municipalities', 'schools', 'gyms', 'distances', 'classes',
                                    'lessons', 'teachers', 'grants', 'postcode-areas')),
    source          text NOT NULL CHECK (source <> ''),
    synthetic       boolean NOT NULL,
    licence         text,
    as_of           date,
    note            text
);
