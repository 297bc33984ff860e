-- The two goals of the data contract (section 3), set-based: the lessons goal (at least
-- min_lessons lessons and min_minutes minutes a week) and the qualified goal (every lesson by a
-- teacher qualified on the reference date), per in-scope class and per school.
-- A NULL reference date means 1 October of the school year's first year.
-- Only goal_teacher_status, which the others join on, has a teacher_id; nothing a report reads
-- does: teachers stay inside the database.

-- The default reference date of a school year: DUO's count date, 1 October.
CREATE FUNCTION goal_reference_date(p_year text, p_reference date DEFAULT NULL)
RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT coalesce(p_reference, make_date(substr(p_year, 1, 4)::int, 10, 1)) $$;

-- Whether a class's grades (1..8) include any of 3..8: only those classes are in scope.
CREATE FUNCTION goal_in_scope(p_grades smallint[])
RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT p_grades && '{3,4,5,6,7,8}'::smallint[] $$;

-- The lessons goal: at least p_min_lessons lessons adding up to at least p_min_minutes minutes.
CREATE FUNCTION goal_meets_lessons(p_lessons integer, p_minutes integer, p_min_lessons integer, p_min_minutes integer)
RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT p_lessons >= p_min_lessons AND p_minutes >= p_min_minutes $$;

-- The qualified goal of one class: it has lessons and a qualified teacher gives every one of them.
CREATE FUNCTION goal_meets_qualified(p_lessons integer, p_qualified_lessons integer)
RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT p_lessons > 0 AND p_qualified_lessons = p_lessons $$;

-- Every teacher, qualified or not on the reference date, and why:
--   completed_grant            a grant completed on or before the date (overrides everything)
--   qualified                  broad_pre2005, broad_course, specialist, or course_enrolled
--   no_qualification           qualification 'none'
--   course_withdrawn           course_enrolled, and the most recent grant (latest applied_on on or
--                              before the date, then highest grant_id) was withdrawn; grant_id names it
--   qualified_after_reference  qualified_on after the date
-- and the status of the most recent grant (the grant projection reads it).
CREATE FUNCTION goal_teacher_status(p_reference date)
RETURNS TABLE (teacher_id text, qualified boolean, cause text, grant_id text, latest_grant_status text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    WITH latest AS (
        SELECT DISTINCT ON (g.teacher_id) g.teacher_id, g.grant_id, g.status
        FROM grant_application g
        WHERE g.applied_on <= p_reference
        ORDER BY g.teacher_id, g.applied_on DESC, g.grant_id COLLATE "C" DESC
    ), completed AS (
        SELECT DISTINCT g.teacher_id
        FROM grant_application g
        WHERE g.status = 'completed' AND g.completed_on <= p_reference
    ), judged AS (
        SELECT t.teacher_id,
               CASE
                   WHEN c.teacher_id IS NOT NULL THEN 'completed_grant'
                   WHEN t.qualification = 'none' THEN 'no_qualification'
                   WHEN t.qualification = 'course_enrolled' AND l.status = 'withdrawn' THEN 'course_withdrawn'
                   WHEN t.qualified_on > p_reference THEN 'qualified_after_reference'
                   ELSE 'qualified'
               END AS cause,
               l.grant_id,
               l.status AS latest_grant_status
        FROM teacher t
        LEFT JOIN latest l ON l.teacher_id = t.teacher_id
        LEFT JOIN completed c ON c.teacher_id = t.teacher_id
    )
    SELECT j.teacher_id,
           j.cause IN ('completed_grant', 'qualified'),
           j.cause,
           CASE WHEN j.cause = 'course_withdrawn' THEN j.grant_id END,
           j.latest_grant_status
    FROM judged j
$$;

-- Every lesson of the year's in-scope classes, with whether its teacher is qualified and why
-- (cause 'no_teacher' for a lesson without one). Lessons outside a gym count like any other.
CREATE FUNCTION goal_lesson_status(p_year text, p_reference date DEFAULT NULL)
RETURNS TABLE (school_id text, class_id text, weekday smallint, start time, minutes integer,
               in_gym boolean, qualified boolean, cause text, grant_id text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT l.school_id, l.class_id, l.weekday, l.start, l.minutes,
           l.gym_id IS NOT NULL,
           coalesce(ts.qualified, false),
           CASE WHEN l.teacher_id IS NULL THEN 'no_teacher' ELSE ts.cause END,
           ts.grant_id
    FROM lesson l
    JOIN class c ON c.school_year = l.school_year AND c.school_id = l.school_id AND c.class_id = l.class_id
    LEFT JOIN goal_teacher_status(goal_reference_date(p_year, p_reference)) ts ON ts.teacher_id = l.teacher_id
    WHERE l.school_year = p_year AND goal_in_scope(c.grades)
$$;

-- The whole judgement of a school year in one pass over its lessons, one row per
--   kind 'school'  every school: in_scope_classes, meets_lessons and meets_qualified (NULL: no
--                  in-scope classes, no data), lessons and qualified_lessons of its in-scope classes
--   kind 'class'   every in-scope class: grades, lessons, minutes, qualified_lessons, meets_*
--   a finding      what makes an in-scope class miss a goal, for plain-word reasons:
--     'too_few_lessons'     misses the lessons goal with `lessons` lessons of `minutes` minutes
--     'no_lessons'          no lessons at all (misses the qualified goal; the lessons goal too
--                           unless min_lessons and min_minutes are 0, see meets_lessons)
--     'unqualified_lesson'  the lesson on `weekday` at `start` has no qualified teacher; `cause`
--                           and `grant_id` as in goal_lesson_status
-- `rank` orders the findings of one class. The functions below select one kind of row; callers that
-- need several kinds select them from here at once, so the lessons are judged only once.
CREATE FUNCTION goal_report(p_year text, p_min_lessons integer, p_min_minutes integer,
                            p_reference date DEFAULT NULL)
RETURNS TABLE (kind text, school_id text, class_id text, name text, municipality_code text,
               in_scope_classes integer, grades smallint[], lessons integer, minutes integer,
               qualified_lessons integer, meets_lessons boolean, meets_qualified boolean,
               weekday smallint, start text, cause text, grant_id text, rank integer)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    WITH l AS MATERIALIZED (
        SELECT * FROM goal_lesson_status(p_year, p_reference)
    ), c AS MATERIALIZED (
        SELECT c.school_id, c.class_id, c.grades,
               coalesce(a.lessons, 0) AS lessons,
               coalesce(a.minutes, 0) AS minutes,
               coalesce(a.qualified_lessons, 0) AS qualified_lessons,
               goal_meets_lessons(coalesce(a.lessons, 0), coalesce(a.minutes, 0), p_min_lessons, p_min_minutes) AS meets_lessons,
               goal_meets_qualified(coalesce(a.lessons, 0), coalesce(a.qualified_lessons, 0)) AS meets_qualified
        FROM class c
        LEFT JOIN (
            SELECT l.school_id, l.class_id,
                   count(*)::int AS lessons,
                   sum(l.minutes)::int AS minutes,
                   (count(*) FILTER (WHERE l.qualified))::int AS qualified_lessons
            FROM l
            GROUP BY l.school_id, l.class_id
        ) a ON a.school_id = c.school_id AND a.class_id = c.class_id
        WHERE c.school_year = p_year AND goal_in_scope(c.grades)
    )
    SELECT 'school', s.school_id, NULL::text, s.name, s.municipality_code,
           coalesce(sc.classes, 0), NULL::smallint[], coalesce(sc.lessons, 0), NULL::integer,
           coalesce(sc.qualified_lessons, 0), sc.meets_lessons, sc.meets_qualified,
           NULL::smallint, NULL::text, NULL::text, NULL::text, NULL::integer
    FROM school s
    LEFT JOIN (
        SELECT c.school_id,
               count(*)::int AS classes,
               bool_and(c.meets_lessons) AS meets_lessons,
               bool_and(c.meets_qualified) AS meets_qualified,
               sum(c.lessons)::int AS lessons,
               sum(c.qualified_lessons)::int AS qualified_lessons
        FROM c
        GROUP BY c.school_id
    ) sc ON sc.school_id = s.school_id
    UNION ALL
    SELECT 'class', c.school_id, c.class_id, NULL, NULL, NULL, c.grades, c.lessons, c.minutes,
           c.qualified_lessons, c.meets_lessons, c.meets_qualified, NULL, NULL, NULL, NULL, NULL
    FROM c
    UNION ALL
    SELECT CASE WHEN c.lessons = 0 THEN 'no_lessons' ELSE 'too_few_lessons' END,
           c.school_id, c.class_id, NULL, NULL, NULL, NULL, c.lessons, c.minutes, NULL,
           c.meets_lessons, NULL, NULL, NULL, NULL, NULL, 0
    FROM c
    WHERE NOT c.meets_lessons OR c.lessons = 0
    UNION ALL
    SELECT 'unqualified_lesson', l.school_id, l.class_id, NULL, NULL, NULL, NULL, NULL, l.minutes, NULL,
           NULL, false, l.weekday, to_char(l.start, 'HH24:MI'), l.cause, l.grant_id,
           1 + l.weekday * 1440 + (extract(epoch FROM l.start) / 60)::int
    FROM l
    WHERE NOT l.qualified
$$;

-- Every in-scope class of the year: its lessons, minutes and lessons by qualified teachers, and
-- whether it meets each goal.
CREATE FUNCTION goal_class_status(p_year text, p_min_lessons integer, p_min_minutes integer,
                                  p_reference date DEFAULT NULL)
RETURNS TABLE (school_id text, class_id text, grades smallint[], lessons integer, minutes integer,
               qualified_lessons integer, meets_lessons boolean, meets_qualified boolean)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT r.school_id, r.class_id, r.grades, r.lessons, r.minutes, r.qualified_lessons,
           r.meets_lessons, r.meets_qualified
    FROM goal_report(p_year, p_min_lessons, p_min_minutes, p_reference) r
    WHERE r.kind = 'class'
$$;

-- Every school, whether it meets each goal in the year (NULL: no in-scope classes, no data),
-- and its in-scope lessons and those by qualified teachers.
CREATE FUNCTION goal_school_status(p_year text, p_min_lessons integer, p_min_minutes integer,
                                   p_reference date DEFAULT NULL)
RETURNS TABLE (school_id text, name text, municipality_code text, in_scope_classes integer,
               meets_lessons boolean, meets_qualified boolean, lessons integer, qualified_lessons integer)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT r.school_id, r.name, r.municipality_code, r.in_scope_classes,
           r.meets_lessons, r.meets_qualified, r.lessons, r.qualified_lessons
    FROM goal_report(p_year, p_min_lessons, p_min_minutes, p_reference) r
    WHERE r.kind = 'school'
$$;

-- What makes the year's in-scope classes miss a goal (the finding rows of goal_report).
CREATE FUNCTION goal_findings(p_year text, p_min_lessons integer, p_min_minutes integer,
                              p_reference date DEFAULT NULL)
RETURNS TABLE (school_id text, class_id text, kind text, lessons integer, minutes integer,
               weekday smallint, start text, cause text, grant_id text, meets_lessons boolean, rank integer)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT r.school_id, r.class_id, r.kind, r.lessons, r.minutes, r.weekday, r.start, r.cause,
           r.grant_id, r.meets_lessons, r.rank
    FROM goal_report(p_year, p_min_lessons, p_min_minutes, p_reference) r
    WHERE r.kind NOT IN ('school', 'class')
$$;
