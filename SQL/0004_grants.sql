-- Grants (lerarenbeurs / subsidie bewegingsonderwijs): uptake per school year and region, and the
-- teacher-qualification rule of the data contract (section 3) for the grants projection.
-- Every object is named grant_*; none of them exposes a teacher_id to callers that report.

-- The first calendar year of the school year (1 August to 31 July) a date lies in.
CREATE FUNCTION grant_school_year_start(d date) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT extract(year FROM d)::integer - CASE WHEN extract(month FROM d) < 8 THEN 1 ELSE 0 END
$$;

-- Every grant with the school year it was applied for in and the region of the teacher's main
-- school (NULL where the teacher has none). No teacher_id.
CREATE VIEW grant_application_region AS
SELECT g.grant_id,
       grant_school_year_start(g.applied_on) AS first_year,
       g.applied_on, g.status, g.decided_on, g.completed_on, g.amount_eur,
       s.municipality_code, s.board_id, m.province
FROM grant_application g
JOIN teacher t ON t.teacher_id = g.teacher_id
LEFT JOIN school s ON s.school_id = t.school_id
LEFT JOIN municipality m ON m.code = s.municipality_code;

-- Uptake per school year (first years p_first..p_last) and region: p_by is 'total',
-- 'municipality', 'board' or 'province'. Awards are grants awarded or completed; amounts granted
-- are theirs; days are award (decided_on) to completion of completed grants.
CREATE FUNCTION grant_uptake(p_first integer, p_last integer, p_by text)
RETURNS TABLE (first_year integer, region text,
               applied bigint, awarded bigint, rejected bigint, withdrawn bigint, completed bigint,
               amount_requested numeric, amount_granted numeric, days_award_to_completion integer[])
LANGUAGE sql STABLE AS $$
    SELECT r.first_year,
           CASE p_by WHEN 'municipality' THEN r.municipality_code
                     WHEN 'board' THEN r.board_id
                     WHEN 'province' THEN r.province END,
           count(*) FILTER (WHERE r.status = 'applied'),
           count(*) FILTER (WHERE r.status = 'awarded'),
           count(*) FILTER (WHERE r.status = 'rejected'),
           count(*) FILTER (WHERE r.status = 'withdrawn'),
           count(*) FILTER (WHERE r.status = 'completed'),
           coalesce(sum(r.amount_eur), 0),
           coalesce(sum(r.amount_eur) FILTER (WHERE r.status IN ('awarded', 'completed')), 0),
           coalesce(array_agg(r.completed_on - r.decided_on ORDER BY r.completed_on - r.decided_on)
                        FILTER (WHERE r.status = 'completed' AND r.decided_on IS NOT NULL), '{}')
    FROM grant_application_region r
    WHERE r.first_year BETWEEN p_first AND p_last
      AND p_by IN ('total', 'municipality', 'board', 'province')
    GROUP BY 1, 2
$$;

-- The qualification rule of the data contract (section 3) on a reference date, per teacher, and
-- whether a teacher not qualified then is following the course: qualification course_enrolled,
-- or a most recent grant that is awarded (funded, on the course).
CREATE FUNCTION grant_teacher_qualification(p_reference date)
RETURNS TABLE (teacher_id text, qualified boolean, following_course boolean)
LANGUAGE sql STABLE AS $$
    -- The qualification rule itself lives in goal_teacher_status (0002_goals.sql).
    SELECT s.teacher_id, s.qualified,
           NOT s.qualified AND (t.qualification = 'course_enrolled' OR s.latest_grant_status = 'awarded')
    FROM goal_teacher_status(p_reference) s
    JOIN teacher t ON t.teacher_id = s.teacher_id
$$;

-- Per school with in-scope classes (grades 3..8) in the school year: its in-scope lessons, how
-- many are given by a qualified teacher now and if every teacher following the course completes
-- it, and whether the school meets the qualified goal in either case (every in-scope class has
-- lessons, all of them qualified). A lesson without a teacher is not qualified.
CREATE FUNCTION grant_school_projection(p_school_year text, p_reference date)
RETURNS TABLE (school_id text, municipality_code text, classes bigint, lessons bigint,
               lessons_qualified_now bigint, lessons_qualified_projected bigint,
               meets_goal_now boolean, meets_goal_projected boolean)
LANGUAGE sql STABLE AS $$
    WITH teachers AS (
        SELECT * FROM grant_teacher_qualification(p_reference)
    ), classes AS (
        SELECT c.school_id, c.class_id,
               count(l.start) AS lessons,
               count(l.start) FILTER (WHERE q.qualified) AS now,
               count(l.start) FILTER (WHERE q.qualified OR q.following_course) AS projected
        FROM class c
        LEFT JOIN lesson l ON l.school_year = c.school_year AND l.school_id = c.school_id AND l.class_id = c.class_id
        LEFT JOIN teachers q ON q.teacher_id = l.teacher_id
        WHERE c.school_year = p_school_year AND c.grades && ARRAY[3, 4, 5, 6, 7, 8]::smallint[]
        GROUP BY c.school_id, c.class_id
    )
    SELECT k.school_id, s.municipality_code, count(*), sum(k.lessons)::bigint,
           sum(k.now)::bigint, sum(k.projected)::bigint,
           bool_and(k.lessons > 0 AND k.now = k.lessons),
           bool_and(k.lessons > 0 AND k.projected = k.lessons)
    FROM classes k
    JOIN school s ON s.school_id = k.school_id
    GROUP BY k.school_id, s.municipality_code
$$;

-- Per municipality with at least one school: the sums of grant_school_projection over its schools.
CREATE FUNCTION grant_municipality_projection(p_school_year text, p_reference date)
RETURNS TABLE (municipality_code text, name text, schools bigint, schools_with_data bigint,
               lessons bigint, lessons_qualified_now bigint, lessons_qualified_projected bigint,
               schools_meeting_now bigint, schools_meeting_projected bigint)
LANGUAGE sql STABLE AS $$
    SELECT m.code, m.name, count(*), count(p.school_id),
           coalesce(sum(p.lessons), 0)::bigint,
           coalesce(sum(p.lessons_qualified_now), 0)::bigint,
           coalesce(sum(p.lessons_qualified_projected), 0)::bigint,
           count(*) FILTER (WHERE p.meets_goal_now),
           count(*) FILTER (WHERE p.meets_goal_projected)
    FROM municipality m
    JOIN school s ON s.municipality_code = m.code
    LEFT JOIN grant_school_projection(p_school_year, p_reference) p ON p.school_id = s.school_id
    GROUP BY m.code, m.name
$$;
