-- Opening hours for the weekly roster (data contract, section 6): the windows in which a gym's
-- halls are free for primary-school PE (gym_hours.csv) and in which a school's classes can be out
-- for PE, walking included (school_hours.csv). A gym or school with rows has exactly those windows;
-- one without rows has the contract's default windows (the roster knows them, not the schema).
-- That the windows of one owner on one weekday neither overlap nor touch is checked by the import,
-- which replaces all windows of every gym or school it names.

CREATE TABLE gym_hours (
    gym_id      text COLLATE "C" NOT NULL REFERENCES gym (gym_id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    weekday     smallint NOT NULL CHECK (weekday BETWEEN 1 AND 5),
    -- the window is opens <= t < closes
    opens       time NOT NULL,
    closes      time NOT NULL,
    PRIMARY KEY (gym_id, weekday, opens),
    CHECK (opens < closes)
);

CREATE TABLE school_hours (
    school_id   text COLLATE "C" NOT NULL REFERENCES school (school_id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    weekday     smallint NOT NULL CHECK (weekday BETWEEN 1 AND 5),
    opens       time NOT NULL,
    closes      time NOT NULL,
    PRIMARY KEY (school_id, weekday, opens),
    CHECK (opens < closes)
);
