namespace Scorecard.Data.Store;

/// <summary>
/// Tables of the store. Crimes and anti-social behaviour incidents are kept in separate tables
/// because ASB incidents are not crimes and have no crime id or outcome. Months are stored as the
/// first day of the month. A force's own extracts (offences, calls, survey responses, monthly
/// returns) and the reference data they are measured with have tables of their own.
/// </summary>
internal static class StoreSchema
{
    /// <summary>Version written to <c>schema_info</c>; a store with another version is rejected.</summary>
    /// <remarks>Version 2 added the force extract and reference data tables.</remarks>
    public const int Version = 2;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS schema_info (version INTEGER NOT NULL);

        CREATE TABLE IF NOT EXISTS forces (
            force VARCHAR PRIMARY KEY,
            name VARCHAR);

        CREATE TABLE IF NOT EXISTS street_crimes (
            force VARCHAR NOT NULL,
            month DATE NOT NULL,
            crime_id VARCHAR,
            reported_by VARCHAR,
            falls_within VARCHAR,
            longitude DOUBLE,
            latitude DOUBLE,
            location VARCHAR,
            lsoa_code VARCHAR,
            lsoa_name VARCHAR,
            crime_type VARCHAR NOT NULL,
            last_outcome VARCHAR,
            context VARCHAR);

        CREATE TABLE IF NOT EXISTS asb_incidents (
            force VARCHAR NOT NULL,
            month DATE NOT NULL,
            reported_by VARCHAR,
            falls_within VARCHAR,
            longitude DOUBLE,
            latitude DOUBLE,
            location VARCHAR,
            lsoa_code VARCHAR,
            lsoa_name VARCHAR,
            context VARCHAR);

        CREATE TABLE IF NOT EXISTS crime_outcomes (
            force VARCHAR NOT NULL,
            month DATE NOT NULL,
            crime_id VARCHAR NOT NULL,
            reported_by VARCHAR,
            falls_within VARCHAR,
            longitude DOUBLE,
            latitude DOUBLE,
            location VARCHAR,
            lsoa_code VARCHAR,
            lsoa_name VARCHAR,
            outcome_type VARCHAR NOT NULL);

        CREATE TABLE IF NOT EXISTS loaded_months (
            force VARCHAR NOT NULL,
            month DATE NOT NULL,
            kind VARCHAR NOT NULL,
            source VARCHAR NOT NULL,
            rows BIGINT NOT NULL,
            asb_rows BIGINT NOT NULL,
            bad_rows BIGINT NOT NULL,
            imported_at TIMESTAMP NOT NULL,
            PRIMARY KEY (force, month, kind));

        CREATE TABLE IF NOT EXISTS outcome_categories (
            category VARCHAR PRIMARY KEY,
            home_office_type VARCHAR,
            solved BOOLEAN NOT NULL);
        """ + ExtractTables;

    /// <summary>
    /// Tables of the force extracts and reference data. Each extract row keeps the month it counts
    /// in (<c>month</c>, the first day) beside its date, so measures group without date arithmetic.
    /// An offence whose outcome is dated before it is kept as recorded; measures of outcomes leave
    /// that outcome out by requiring <c>outcome_date &gt;= recorded_date</c>.
    /// </summary>
    private const string ExtractTables = """

        CREATE TABLE IF NOT EXISTS offences (
            force VARCHAR NOT NULL,
            reference VARCHAR NOT NULL,
            recorded_date DATE NOT NULL,
            month DATE NOT NULL,
            offence_code VARCHAR NOT NULL,
            flags VARCHAR[] NOT NULL,
            victim_id VARCHAR,
            victim_sex VARCHAR,
            area VARCHAR,
            outcome_type VARCHAR,
            outcome_date DATE);

        CREATE TABLE IF NOT EXISTS calls (
            force VARCHAR NOT NULL,
            call_id VARCHAR NOT NULL,
            channel VARCHAR NOT NULL,
            received_at TIMESTAMP NOT NULL,
            month DATE NOT NULL,
            answered BOOLEAN NOT NULL,
            wait_seconds DOUBLE,
            area VARCHAR);

        CREATE TABLE IF NOT EXISTS survey_answers (
            force VARCHAR NOT NULL,
            response_id VARCHAR NOT NULL,
            interview_date DATE NOT NULL,
            month DATE NOT NULL,
            weight DOUBLE NOT NULL,
            victim BOOLEAN,
            sex VARCHAR,
            area VARCHAR,
            question VARCHAR NOT NULL,
            answer BOOLEAN NOT NULL);

        CREATE TABLE IF NOT EXISTS monthly_returns (
            force VARCHAR NOT NULL,
            measure_id VARCHAR NOT NULL,
            month DATE NOT NULL,
            area VARCHAR,
            value DOUBLE,
            numerator DOUBLE,
            denominator DOUBLE,
            squared_weights DOUBLE);

        CREATE TABLE IF NOT EXISTS outcome_types (
            outcome_type VARCHAR NOT NULL,
            description VARCHAR,
            solved BOOLEAN NOT NULL,
            effective_from DATE NOT NULL,
            effective_to DATE,
            PRIMARY KEY (outcome_type, effective_from));

        CREATE TABLE IF NOT EXISTS severity_weights (
            offence_code VARCHAR NOT NULL,
            weight DOUBLE NOT NULL,
            version VARCHAR NOT NULL,
            effective_from DATE NOT NULL,
            PRIMARY KEY (offence_code, version));

        CREATE TABLE IF NOT EXISTS population (
            force VARCHAR NOT NULL,
            area VARCHAR NOT NULL,
            year INTEGER NOT NULL,
            population BIGINT NOT NULL,
            PRIMARY KEY (force, area, year));
        """;
}
