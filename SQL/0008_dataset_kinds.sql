-- dataset.csv may describe every kind of data gymplan imports: the opening hours of 0005
-- (gym-hours, school-hours) and the candidate sites of 0006 (sites) were missing from the check,
-- so a data set that described them was refused by the database instead of being loaded.
ALTER TABLE dataset_source DROP CONSTRAINT dataset_source_data_check;
ALTER TABLE dataset_source ADD CONSTRAINT dataset_source_data_check
    CHECK (data IN ('all', 'municipalities', 'schools', 'gyms', 'gym-hours', 'school-hours', 'sites',
                    'distances', 'classes', 'lessons', 'teachers', 'grants', 'postcode-areas'));
