-- The investment plan of the data contract, section 7: candidate sites for new gyms (gym_sites.csv),
-- their distances to the schools, and what the qualified-teacher goal would cost.

-- A candidate site for a new gym. halls, hours_per_week and cost_eur are optional: absent, they take
-- their defaults when the plan is made (1 hall, max_hours_per_week, halls x new_gym_cost_eur), with
-- that run's parameters. An import of gym_sites.csv replaces every site.
CREATE TABLE gym_site (
    site_id             text COLLATE "C" PRIMARY KEY CHECK (length(site_id) BETWEEN 1 AND 64),
    name                text NOT NULL CHECK (name <> ''),
    municipality_code   text COLLATE "C" NOT NULL REFERENCES municipality (code) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    latitude            double precision NOT NULL CHECK (latitude BETWEEN 50.7 AND 53.6),
    longitude           double precision NOT NULL CHECK (longitude BETWEEN 3.3 AND 7.3),
    halls               integer CHECK (halls BETWEEN 1 AND 10),
    hours_per_week      numeric(6, 2) CHECK (hours_per_week BETWEEN 0 AND 60),
    cost_eur            numeric(14, 2) CHECK (cost_eur >= 0),
    location            geography(Point, 4326) GENERATED ALWAYS AS (
                            ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)::geography) STORED
);
CREATE INDEX gym_site_municipality_idx ON gym_site (municipality_code);

-- Estimated distances (straight line x detour factor, rounded half up) between points given as
-- (key, latitude, longitude) and every school with coordinates within max_distance_m: the distances
-- of `school_distances_to_point` (and so of `capacity --what-if new-gym:`), for many points at once.
CREATE FUNCTION school_distances_to_points(
    p_keys text[], p_latitudes double precision[], p_longitudes double precision[],
    p_max_distance_m integer, p_detour_factor double precision)
RETURNS TABLE (point_key text, school_id text, distance_m integer)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH p AS (
        SELECT k, ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography AS location
        FROM unnest(p_keys, p_latitudes, p_longitudes) AS u(k, lat, lon))
    SELECT p.k, s.school_id, e.distance_m
    FROM p
    JOIN school s ON ST_DWithin(s.location, p.location, (p_max_distance_m + 1) / p_detour_factor, false)
    CROSS JOIN LATERAL (SELECT estimated_distance_m(s.location, p.location, p_detour_factor) AS distance_m) e
    WHERE e.distance_m <= p_max_distance_m
$$;

-- School-gym pairs farther than max_distance_m but within bus_max_distance_m (section 3's distance:
-- measured, else estimated), to gyms with halls.
CREATE FUNCTION gym_bus_pairs(p_max_distance_m integer, p_bus_max_distance_m integer, p_detour_factor double precision)
RETURNS TABLE (school_id text, gym_id text, distance_m integer)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT w.school_id, w.gym_id, w.distance_m
    FROM gym_distances_within(p_bus_max_distance_m, p_detour_factor) w
    WHERE w.distance_m > p_max_distance_m
$$;

-- The qualified-teacher part of the plan, per municipality of the class's school: the lessons of the
-- year's in-scope classes without a qualified teacher on the reference date (lessons outside a gym
-- included), those of them without a teacher, and the distinct teachers of the others. The row with
-- municipality_code NULL is the whole country, its teachers distinct over the country. No teacher_id
-- leaves the function.
CREATE FUNCTION investment_qualification(p_year text, p_reference date DEFAULT NULL)
RETURNS TABLE (municipality_code text, unqualified_lessons integer, lessons_without_teacher integer,
               teachers_without_qualification integer)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH unqualified AS (
        SELECT s.municipality_code, l.teacher_id
        FROM lesson l
        JOIN class c ON c.school_year = l.school_year AND c.school_id = l.school_id AND c.class_id = l.class_id
        JOIN school s ON s.school_id = l.school_id
        LEFT JOIN goal_teacher_status(goal_reference_date(p_year, p_reference)) ts ON ts.teacher_id = l.teacher_id
        WHERE l.school_year = p_year AND goal_in_scope(c.grades) AND NOT coalesce(ts.qualified, false)
    )
    SELECT u.municipality_code, count(*)::integer, count(*) FILTER (WHERE u.teacher_id IS NULL)::integer,
           count(DISTINCT u.teacher_id)::integer
    FROM unqualified u
    GROUP BY GROUPING SETS ((u.municipality_code), ())
$$;
