using System.Globalization;
using DuckDB.NET.Data;
using nietras.SeparatedValues;
using Scorecard.Core.Outcomes;
using Scorecard.Core.Time;
using Scorecard.Data.Store;

namespace Scorecard.Data.Import.PoliceUk;

/// <summary>What reading one file gave: the file's summary, its bad rows and the force name its rows carry.</summary>
/// <param name="Imported">Rows kept and skipped, and whether the file's month is to be replaced.</param>
/// <param name="BadRows">The file's bad rows, or the reason the whole file was skipped.</param>
/// <param name="ForceName">The force's name from the first good street row's "Falls within", or null.</param>
internal sealed record PoliceUkFileRead(ImportedFile Imported, BadRowLog BadRows, string? ForceName);

/// <summary>
/// Reads police.uk files on one thread, checks every row and appends the good ones to the staging
/// tables on a connection of its own. One reader serves one worker thread; it is not thread-safe.
/// </summary>
internal sealed class PoliceUkFileReader : IDisposable
{
    // Rows are added to the shared counter in batches, because counting each row across threads
    // would make the two cores fight over one cache line.
    private const int CountEveryRows = 10_000;

    private readonly DuckDBConnection _connection;
    private readonly DuckDBAppender _crimes;
    private readonly DuckDBAppender _asbIncidents;
    private readonly DuckDBAppender _outcomes;
    private readonly ImportCounter _counter;
    private long _rowsNotCounted;

    public PoliceUkFileReader(StagingDatabase staging, ImportCounter counter)
    {
        _counter = counter;
        _connection = staging.OpenWorkerConnection();
        _crimes = staging.CreateAppender(_connection, "street_crimes");
        _asbIncidents = staging.CreateAppender(_connection, "asb_incidents");
        _outcomes = staging.CreateAppender(_connection, "crime_outcomes");
    }

    /// <summary>
    /// Reads the files named with one force, month and kind, in order. The first file with a valid
    /// header and at least one row is read. Any later one is skipped as a repeat, so a month is never
    /// counted twice, and a cut file never claims the month.
    /// </summary>
    public IEnumerable<PoliceUkFileRead> ReadGroup(IReadOnlyList<PoliceUkFile> group)
    {
        string? readFrom = null;
        foreach (var file in group)
        {
            PoliceUkFileRead read;
            if (readFrom is not null)
            {
                read = Skipped(file, $"The {PoliceUkImporter.KindName(file.Kind)} file for {file.Force} {file.Month} was already read from {readFrom} in this import, so this one was skipped rather than counted twice. Import one file per force and month.");
            }
            else
            {
                read = Read(file);
                if (read.Imported.Stored)
                {
                    readFrom = file.DisplayPath;
                }
            }

            CountRows(file, flush: true);
            _counter.FinishFile(file);
            yield return read;
        }
    }

    /// <summary>Flushes the appenders, which commits their rows to the staging database, and closes the connection.</summary>
    public void Dispose()
    {
        _crimes.Dispose();
        _asbIncidents.Dispose();
        _outcomes.Dispose();
        _connection.Dispose();
    }

    private PoliceUkFileRead Read(PoliceUkFile file)
    {
        using var stream = file.Open();
        using var reader = Sep.New(',').Reader(options => options with { HasHeader = true, DisableColCountCheck = true, Unescape = true }).From(stream);

        var (header, problem) = PoliceUkHeader.Read(reader.Header.ColNames, file.Kind);
        if (header is null)
        {
            return Skipped(file, problem! + " The file was skipped.");
        }

        if (!reader.HasRows)
        {
            return Skipped(file, "The file has a header but no rows. police.uk publishes rows for every force and month, so the file is probably cut short; it was skipped, and its month stays missing. Download it again.");
        }

        var checker = new RowChecker(file, header);
        return file.Kind == PoliceUkFileKind.Street ? ReadStreet(file, reader, checker) : ReadOutcomes(file, reader, checker);
    }

    private static PoliceUkFileRead Skipped(PoliceUkFile file, string problem)
    {
        var badRows = new BadRowLog();
        badRows.Add(new BadRow(file.DisplayPath, 1, null, null, problem));
        var imported = new ImportedFile(file.DisplayPath, file.Force, file.Month, file.Kind, 0, 0, 1) { Stored = false };
        return new PoliceUkFileRead(imported, badRows, null);
    }

    private PoliceUkFileRead ReadStreet(PoliceUkFile file, SepReader reader, RowChecker checker)
    {
        long crimes = 0, asb = 0;
        var month = ScorecardStore.ToDate(file.Month);
        string? forceName = null;
        var columns = new StreetColumns(checker.Header);

        foreach (var row in reader)
        {
            if (!checker.Check(row))
            {
                continue;
            }

            var crimeTypeText = row[columns.CrimeType].Span;
            var crimeType = PoliceUkCrimeTypes.Canonical(crimeTypeText.ToString());
            if (crimeType is null)
            {
                checker.AddBad(row, columns.CrimeType, crimeTypeText.ToString(),
                    $"Unknown crime type. police.uk uses {string.Join(", ", PoliceUkCrimeTypes.All)}; correct the value or remove the row.");
                continue;
            }

            if (!checker.TryCoordinate(row, columns.Longitude, out var longitude)
                || !checker.TryCoordinate(row, columns.Latitude, out var latitude))
            {
                continue;
            }

            forceName ??= row[columns.FallsWithin].ToString();
            if (crimeType == PoliceUkCrimeTypes.AntiSocialBehaviour)
            {
                var incident = _asbIncidents.CreateRow().AppendValue(file.Force).AppendValue(month);
                AppendText(incident, row, columns.ReportedBy);
                AppendText(incident, row, columns.FallsWithin);
                incident.AppendValue(longitude).AppendValue(latitude);
                AppendText(incident, row, columns.Location);
                AppendText(incident, row, columns.LsoaCode);
                AppendText(incident, row, columns.LsoaName);
                AppendText(incident, row, columns.Context);
                incident.EndRow();
                asb++;
            }
            else
            {
                var crime = _crimes.CreateRow().AppendValue(file.Force).AppendValue(month);
                AppendText(crime, row, columns.CrimeId);
                AppendText(crime, row, columns.ReportedBy);
                AppendText(crime, row, columns.FallsWithin);
                crime.AppendValue(longitude).AppendValue(latitude);
                AppendText(crime, row, columns.Location);
                AppendText(crime, row, columns.LsoaCode);
                AppendText(crime, row, columns.LsoaName);
                crime.AppendValue(crimeType);
                AppendText(crime, row, columns.LastOutcome);
                AppendText(crime, row, columns.Context);
                crime.EndRow();
                crimes++;
            }

            CountRows(file, flush: false);
        }

        var imported = new ImportedFile(file.DisplayPath, file.Force, file.Month, file.Kind, crimes, asb, checker.BadRows.Count);
        return new PoliceUkFileRead(imported, checker.BadRows, string.IsNullOrWhiteSpace(forceName) ? null : forceName);
    }

    private PoliceUkFileRead ReadOutcomes(PoliceUkFile file, SepReader reader, RowChecker checker)
    {
        long outcomes = 0;
        var month = ScorecardStore.ToDate(file.Month);
        var header = checker.Header;
        var crimeId = header["crime_id"];
        var outcomeType = header["outcome_type"];
        int[] texts = [header["reported_by"], header["falls_within"]];
        int[] places = [header["location"], header["lsoa_code"], header["lsoa_name"]];

        foreach (var row in reader)
        {
            if (!checker.Check(row))
            {
                continue;
            }

            if (row[crimeId].Span.IsWhiteSpace() || row[outcomeType].Span.IsWhiteSpace())
            {
                var column = row[crimeId].Span.IsWhiteSpace() ? crimeId : outcomeType;
                checker.AddBad(row, column, "", "An outcome row needs a crime id and an outcome type; fill the value or remove the row.");
                continue;
            }

            if (!checker.TryCoordinate(row, header["longitude"], out var longitude)
                || !checker.TryCoordinate(row, header["latitude"], out var latitude))
            {
                continue;
            }

            var outcome = _outcomes.CreateRow().AppendValue(file.Force).AppendValue(month).AppendValue(row[crimeId].ToString());
            foreach (var column in texts)
            {
                AppendText(outcome, row, column);
            }

            outcome.AppendValue(longitude).AppendValue(latitude);
            foreach (var column in places)
            {
                AppendText(outcome, row, column);
            }

            outcome.AppendValue(row[outcomeType].ToString().Trim()).EndRow();
            outcomes++;
            CountRows(file, flush: false);
        }

        var imported = new ImportedFile(file.DisplayPath, file.Force, file.Month, file.Kind, outcomes, 0, checker.BadRows.Count);
        return new PoliceUkFileRead(imported, checker.BadRows, null);
    }

    private static void AppendText(IDuckDBAppenderRow target, SepReader.Row row, int column)
    {
        var span = row[column].Span;
        if (span.IsEmpty)
        {
            target.AppendNullValue();
        }
        else
        {
            target.AppendValue(span.ToString());
        }
    }

    private void CountRows(PoliceUkFile file, bool flush)
    {
        if (!flush)
        {
            _rowsNotCounted++;
        }

        if (_rowsNotCounted > 0 && (flush || _rowsNotCounted == CountEveryRows))
        {
            _counter.AddRows(_rowsNotCounted, file.DisplayPath);
            _rowsNotCounted = 0;
        }
    }

    /// <summary>The checks every police.uk row must pass, with the bad rows of one file.</summary>
    private sealed class RowChecker(PoliceUkFile file, PoliceUkHeader header)
    {
        private readonly int _monthColumn = header["month"];

        public PoliceUkHeader Header => header;

        public BadRowLog BadRows { get; } = new();

        // Checks the header's column count and a Month equal to the file's.
        public bool Check(SepReader.Row row)
        {
            if (row.ColCount != header.Count)
            {
                BadRows.Add(new BadRow(file.DisplayPath, row.LineNumberFrom, null, Shorten(row.Span.ToString()),
                    $"The row has {row.ColCount} columns but the header has {header.Count}. Check for an unquoted comma or a cut line, then fix or remove the row."));
                return false;
            }

            var monthText = row[_monthColumn].Span.Trim();
            if (!ReportMonth.TryParse(monthText, out var month))
            {
                AddBad(row, _monthColumn, monthText.ToString(), "The month is not in the yyyy-MM form police.uk uses, such as 2020-11; correct it.");
                return false;
            }

            if (month != file.Month)
            {
                AddBad(row, _monthColumn, monthText.ToString(),
                    $"The row's month does not match the file's month {file.Month} (from its name); move the row to the right month's file or rename the file.");
                return false;
            }

            return true;
        }

        public bool TryCoordinate(SepReader.Row row, int column, out double? value)
        {
            var text = row[column].Span.Trim();
            value = null;
            if (text.IsEmpty)
            {
                return true;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            {
                value = number;
                return true;
            }

            AddBad(row, column, text.ToString(),
                "The coordinate is not a number; police.uk writes decimal degrees such as -0.091, or leaves it empty for 'No location' rows.");
            return false;
        }

        public void AddBad(SepReader.Row row, int column, string value, string problem) =>
            BadRows.Add(new BadRow(file.DisplayPath, row.LineNumberFrom, header.Names[column], value, problem));

        private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";
    }

    private sealed class StreetColumns(PoliceUkHeader header)
    {
        public int CrimeId { get; } = header["crime_id"];

        public int ReportedBy { get; } = header["reported_by"];

        public int FallsWithin { get; } = header["falls_within"];

        public int Longitude { get; } = header["longitude"];

        public int Latitude { get; } = header["latitude"];

        public int Location { get; } = header["location"];

        public int LsoaCode { get; } = header["lsoa_code"];

        public int LsoaName { get; } = header["lsoa_name"];

        public int CrimeType { get; } = header["crime_type"];

        public int LastOutcome { get; } = header["last_outcome_category"];

        public int Context { get; } = header["context"];
    }
}
