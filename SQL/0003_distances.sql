-- School-to-gym distances and gym lesson slots: the "Distance" and "Capacity" rules of the data
-- contract, section 3. A measured distance (distance.distance_m) wins; without one, the straight line
-- on the sphere (geography, ST_Distance(..., false)) x detour factor, rounded half up; without
-- coordinates, unknown (no row).

-- Lesson slots a week of each gym: halls x floor(hours_per_week x 60 / lesson_minutes).
CREATE FUNCTION gym_slots(p_lesson_minutes integer)
RETURNS TABLE (gym_id text, municipality_code text, halls integer, hours_per_week numeric, slots integer)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT g.gym_id, g.municipality_code, g.halls, g.hours_per_week,
           g.halls * floor(g.hours_per_week * 60 / p_lesson_minutes)::integer
    FROM gym g
$$;

-- An estimated route distance in whole metres: sphere distance x detour factor, rounded half up.
CREATE FUNCTION estimated_distance_m(a geography, b geography, p_detour_factor double precision)
RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT floor(ST_Distance(a, b, false) * p_detour_factor + 0.5)::integer
$$;

-- Every school-gym pair within max_distance_m, for every gym (whatever its slots): measured pairs
-- at most max_distance_m, and estimated pairs without a measurement. The GiST indexes find the
-- candidates: round-half-up(d x f) <= max needs d < (max + 0.5) / f, searched with a margin.
CREATE FUNCTION gym_distances_within(p_max_distance_m integer, p_detour_factor double precision)
RETURNS TABLE (school_id text, gym_id text, distance_m integer, estimated boolean)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT d.school_id, d.gym_id, d.distance_m, false
    FROM distance d
    WHERE d.distance_m <= p_max_distance_m
    UNION ALL
    SELECT s.school_id, g.gym_id, e.distance_m, true
    FROM school s
    JOIN gym g ON ST_DWithin(s.location, g.location, (p_max_distance_m + 1) / p_detour_factor, false)
    CROSS JOIN LATERAL (SELECT estimated_distance_m(s.location, g.location, p_detour_factor) AS distance_m) e
    WHERE e.distance_m <= p_max_distance_m
      AND NOT EXISTS (SELECT 1 FROM distance d WHERE d.school_id = s.school_id AND d.gym_id = g.gym_id)
$$;

-- The school-gym distances of the contract within max_distance_m, to gyms offering at least one slot.
CREATE FUNCTION school_gym_distances(p_max_distance_m integer, p_detour_factor double precision, p_lesson_minutes integer)
RETURNS TABLE (school_id text, gym_id text, distance_m integer, estimated boolean)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT w.school_id, w.gym_id, w.distance_m, w.estimated
    FROM gym_distances_within(p_max_distance_m, p_detour_factor) w
    JOIN gym g ON g.gym_id = w.gym_id
    WHERE g.halls * floor(g.hours_per_week * 60 / p_lesson_minutes) >= 1
$$;

-- Each school's distance to the nearest gym offering at least one slot, at any distance; null when
-- it has neither coordinates nor a measured pair. Estimated wins only when strictly nearer.
-- With a measured distance M, only estimates below M matter: a range search of the GiST index within
-- (M + 1) / factor. Without one, a nearest-neighbour search (KNN) that skips measured pairs.
CREATE FUNCTION school_nearest_gym(p_detour_factor double precision, p_lesson_minutes integer)
RETURNS TABLE (school_id text, distance_m integer, estimated boolean)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT s.school_id,
           CASE WHEN e.distance_m < coalesce(m.distance_m, 2147483647) THEN e.distance_m ELSE m.distance_m END,
           coalesce(e.distance_m < coalesce(m.distance_m, 2147483647), false)
    FROM school s
    LEFT JOIN (
        SELECT d.school_id, min(d.distance_m) AS distance_m
        FROM distance d JOIN gym g ON g.gym_id = d.gym_id
        WHERE floor(g.hours_per_week * 60 / p_lesson_minutes) >= 1
        GROUP BY d.school_id
    ) m ON m.school_id = s.school_id
    LEFT JOIN LATERAL (
        SELECT min(c.distance_m) AS distance_m FROM (
            SELECT estimated_distance_m(s.location, g.location, p_detour_factor) AS distance_m
            FROM gym g
            WHERE m.distance_m IS NOT NULL
              AND ST_DWithin(s.location, g.location, (m.distance_m + 1) / p_detour_factor, false)
              AND floor(g.hours_per_week * 60 / p_lesson_minutes) >= 1
              AND NOT EXISTS (SELECT 1 FROM distance d WHERE d.school_id = s.school_id AND d.gym_id = g.gym_id)
            UNION ALL
            (SELECT estimated_distance_m(s.location, g.location, p_detour_factor)
            FROM gym g
            WHERE m.distance_m IS NULL AND s.location IS NOT NULL AND g.location IS NOT NULL
              AND floor(g.hours_per_week * 60 / p_lesson_minutes) >= 1
              AND NOT EXISTS (SELECT 1 FROM distance d WHERE d.school_id = s.school_id AND d.gym_id = g.gym_id)
            ORDER BY g.location <-> s.location
            LIMIT 1)
        ) c
    ) e ON true
$$;

-- Estimated distances from every school with coordinates to a point (a planned gym) within max_distance_m.
CREATE FUNCTION school_distances_to_point(
    p_latitude double precision, p_longitude double precision, p_max_distance_m integer, p_detour_factor double precision)
RETURNS TABLE (school_id text, distance_m integer)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH p AS (SELECT ST_SetSRID(ST_MakePoint(p_longitude, p_latitude), 4326)::geography AS location)
    SELECT s.school_id, estimated_distance_m(s.location, p.location, p_detour_factor)
    FROM school s, p
    WHERE ST_DWithin(s.location, p.location, (p_max_distance_m + 1) / p_detour_factor, false)
      AND estimated_distance_m(s.location, p.location, p_detour_factor) <= p_max_distance_m
$$;
