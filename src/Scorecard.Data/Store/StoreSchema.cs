namespace Scorecard.Data.Store;

/// <summary>
/// Tables of the store. Crimes and anti-social behaviour incidents are kept in separate tables
/// because ASB incidents are not crimes and have no crime id or outcome. Months are stored as the
/// first day of the month.
/// </summary>
internal static class StoreSchema
{
    /// <summary>Version written to <c>schema_info</c>; a store with another version is rejected.</summary>
    public const int Version = 1;

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
        """;
}
