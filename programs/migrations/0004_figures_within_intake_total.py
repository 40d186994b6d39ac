"""Known per-major counts never add up to more than a known intake total.

A rule across rows, so a check constraint cannot hold it: triggers do, on
SQLite and on PostgreSQL, and raise an integrity error like a constraint.
"""

from django.db import migrations

MESSAGE = "enrollment figures add up to more than the intake total"

SQLITE = [
    f"""
    CREATE TRIGGER figures_within_total_on_insert
    BEFORE INSERT ON programs_enrollmentfigure
    WHEN NEW.students IS NOT NULL
     AND (SELECT total_students FROM programs_intake WHERE id = NEW.intake_id) IS NOT NULL
     AND NEW.students + (SELECT COALESCE(SUM(students), 0) FROM programs_enrollmentfigure
                         WHERE intake_id = NEW.intake_id)
         > (SELECT total_students FROM programs_intake WHERE id = NEW.intake_id)
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END
    """,
    f"""
    CREATE TRIGGER figures_within_total_on_update
    BEFORE UPDATE OF students, intake_id ON programs_enrollmentfigure
    WHEN NEW.students IS NOT NULL
     AND (SELECT total_students FROM programs_intake WHERE id = NEW.intake_id) IS NOT NULL
     AND NEW.students + (SELECT COALESCE(SUM(students), 0) FROM programs_enrollmentfigure
                         WHERE intake_id = NEW.intake_id AND id != NEW.id)
         > (SELECT total_students FROM programs_intake WHERE id = NEW.intake_id)
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END
    """,
    f"""
    CREATE TRIGGER intake_total_covers_figures
    BEFORE UPDATE OF total_students ON programs_intake
    WHEN NEW.total_students IS NOT NULL
     AND (SELECT COALESCE(SUM(students), 0) FROM programs_enrollmentfigure
          WHERE intake_id = NEW.id) > NEW.total_students
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END
    """,
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS figures_within_total_on_insert",
    "DROP TRIGGER IF EXISTS figures_within_total_on_update",
    "DROP TRIGGER IF EXISTS intake_total_covers_figures",
]

POSTGRESQL = [
    f"""
    CREATE FUNCTION programs_check_figures_within_total(intake bigint) RETURNS void AS $$
    DECLARE
        total integer;
        known bigint;
    BEGIN
        -- Lock the intake so two writers cannot both squeeze under the total.
        SELECT total_students INTO total FROM programs_intake WHERE id = intake FOR UPDATE;
        IF total IS NULL THEN
            RETURN;
        END IF;
        SELECT COALESCE(SUM(students), 0) INTO known
            FROM programs_enrollmentfigure WHERE intake_id = intake;
        IF known > total THEN
            RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'check_violation';
        END IF;
    END;
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE FUNCTION programs_figures_within_total() RETURNS trigger AS $$
    BEGIN
        IF TG_TABLE_NAME = 'programs_intake' THEN
            PERFORM programs_check_figures_within_total(NEW.id);
        ELSE
            PERFORM programs_check_figures_within_total(NEW.intake_id);
        END IF;
        RETURN NULL;
    END;
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE CONSTRAINT TRIGGER figures_within_total
    AFTER INSERT OR UPDATE OF students, intake_id ON programs_enrollmentfigure
    FOR EACH ROW EXECUTE FUNCTION programs_figures_within_total()
    """,
    """
    CREATE CONSTRAINT TRIGGER intake_total_covers_figures
    AFTER UPDATE OF total_students ON programs_intake
    FOR EACH ROW EXECUTE FUNCTION programs_figures_within_total()
    """,
]
POSTGRESQL_REVERSE = [
    "DROP TRIGGER IF EXISTS figures_within_total ON programs_enrollmentfigure",
    "DROP TRIGGER IF EXISTS intake_total_covers_figures ON programs_intake",
    "DROP FUNCTION IF EXISTS programs_figures_within_total()",
    "DROP FUNCTION IF EXISTS programs_check_figures_within_total(bigint)",
]

STATEMENTS = {"sqlite": (SQLITE, SQLITE_REVERSE), "postgresql": (POSTGRESQL, POSTGRESQL_REVERSE)}


def run(direction):
    def apply(apps, schema_editor):
        forward, backward = STATEMENTS.get(schema_editor.connection.vendor, ([], []))
        for statement in forward if direction == "forward" else backward:
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("programs", "0003_figure_changes")]

    operations = [migrations.RunPython(run("forward"), run("backward"))]
