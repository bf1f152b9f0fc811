using System.Globalization;
using DuckDB.NET.Data;
using nietras.SeparatedValues;
using Scorecard.Core.Outcomes;
using Scorecard.Core.Time;
using Scorecard.Data.Store;

namespace Scorecard.Data.Import.PoliceUk;

/// <summary>
/// Imports police.uk street-level and outcomes files into the store in one transaction.
/// Each (force, month, kind) met in the run replaces what the store held for it, so importing the
/// same files twice never doubles a count. Bad rows are skipped and listed; in strict mode any bad
/// row rolls the whole run back, so nothing is stored.
/// </summary>
public sealed class PoliceUkImporter
{
    /// <summary>Bad rows kept in <see cref="PoliceUkImportResult.BadRows"/>; the rest are only counted.</summary>
    public const int MaxBadRowsListed = 1000;

    private const int ProgressEveryRows = 50_000;

    private readonly ScorecardStore _store;

    /// <summary>Creates an importer that writes to <paramref name="store"/>.</summary>
    public PoliceUkImporter(ScorecardStore store)
    {
        _store = store;
    }

    /// <summary>Imports every police.uk file found under each of <paramref name="paths"/>.</summary>
    /// <param name="paths">CSV files, folders or zip archives.</param>
    /// <param name="strict">When true, any bad row means nothing is stored.</param>
    /// <param name="progress">Receives progress after each file and every 50,000 rows; may be null.</param>
    /// <exception cref="ScorecardDataException">A path is missing or unreadable; nothing is stored.</exception>
    public PoliceUkImportResult Import(IEnumerable<string> paths, bool strict = false, IProgress<ImportProgress>? progress = null)
    {
        var pathList = paths.ToList();
        var files = new List<PoliceUkFile>();
        var skipped = 0;
        foreach (var path in pathList)
        {
            var (found, skippedHere) = PoliceUkFileFinder.Find(path);
            files.AddRange(found);
            skipped += skippedHere;
        }

        if (files.Count == 0)
        {
            throw new ScorecardDataException(
                $"No police.uk street or outcomes files were found in {string.Join(", ", pathList.Select(path => $"'{path}'"))}{(skipped > 0 ? $" ({skipped} other file(s) skipped)" : "")}. Files must be named like 2020-11-city-of-london-street.csv.");
        }

        var run = new ImportRun(_store, files, progress);
        using var transaction = _store.Connection.BeginTransaction();
        try
        {
            foreach (var file in files)
            {
                run.ImportFile(file);
            }

            var committed = !(strict && run.BadRowCount > 0);
            if (committed)
            {
                transaction.Commit();
            }
            else
            {
                transaction.Rollback();
            }

            return new PoliceUkImportResult(run.Files, run.BadRows, run.BadRowCount, skipped, committed);
        }
        catch (Exception exception) when (exception is IOException or DuckDBException or InvalidDataException)
        {
            transaction.Rollback();
            throw new ScorecardDataException($"The import failed while reading '{run.CurrentFile}' and nothing was stored: {exception.Message}", exception);
        }
    }

    /// <summary>State of one import run: counts, bad rows and which (force, month, kind) were already replaced.</summary>
    private sealed class ImportRun(ScorecardStore store, IReadOnlyList<PoliceUkFile> files, IProgress<ImportProgress>? progress)
    {
        private readonly Dictionary<(string, ReportMonth, PoliceUkFileKind), string> _readFrom = [];
        private readonly long _bytesTotal = files.Sum(file => file.Length);
        private long _bytesBefore;
        private long _rowsStored;

        public List<ImportedFile> Files { get; } = [];

        public List<BadRow> BadRows { get; } = [];

        public long BadRowCount { get; private set; }

        public string CurrentFile { get; private set; } = "";

        public void ImportFile(PoliceUkFile file)
        {
            CurrentFile = file.DisplayPath;
            var imported = ReadFile(file);
            Files.Add(imported);
            if (imported.Stored)
            {
                RecordLoaded(imported);
            }

            _bytesBefore += file.Length;
            progress?.Report(new ImportProgress(Files.Count, files.Count, _bytesBefore, _bytesTotal, _rowsStored, file.DisplayPath));
        }

        // A file is checked before anything of its month is replaced, so a cut or repeated file never
        // wipes a stored month or counts a month twice.
        private ImportedFile ReadFile(PoliceUkFile file)
        {
            var skipped = new ImportedFile(file.DisplayPath, file.Force, file.Month, file.Kind, 0, 0, 1) { Stored = false };
            if (_readFrom.TryGetValue((file.Force, file.Month, file.Kind), out var earlier))
            {
                AddBad(new BadRow(file.DisplayPath, 1, null, null,
                    $"The {KindName(file.Kind)} file for {file.Force} {file.Month} was already read from {earlier} in this import, so this one was skipped rather than counted twice. Import one file per force and month."));
                return skipped;
            }

            using var stream = file.Open();
            using var reader = Sep.New(',').Reader(options => options with { HasHeader = true, DisableColCountCheck = true, Unescape = true }).From(stream);

            var (header, problem) = PoliceUkHeader.Read(reader.Header.ColNames, file.Kind);
            if (header is null)
            {
                AddBad(new BadRow(file.DisplayPath, 1, null, null, problem! + " The file was skipped."));
                return skipped;
            }

            if (!reader.HasRows)
            {
                AddBad(new BadRow(file.DisplayPath, 1, null, null,
                    "The file has a header but no rows. police.uk publishes rows for every force and month, so the file is probably cut short; it was skipped, and its month stays missing. Download it again."));
                return skipped;
            }

            _readFrom[(file.Force, file.Month, file.Kind)] = file.DisplayPath;
            ReplaceExisting(file);
            return file.Kind == PoliceUkFileKind.Street ? ReadStreet(file, reader, header) : ReadOutcomes(file, reader, header);
        }

        private ImportedFile ReadStreet(PoliceUkFile file, SepReader reader, PoliceUkHeader header)
        {
            long crimes = 0, asb = 0, bad = 0;
            var month = ScorecardStore.ToDate(file.Month);
            string? forceName = null;
            var columns = new StreetColumns(header);

            using (var crimeAppender = store.Connection.CreateAppender("street_crimes"))
            using (var asbAppender = store.Connection.CreateAppender("asb_incidents"))
            {
                foreach (var row in reader)
                {
                    var line = row.LineNumberFrom;
                    if (!CheckRow(file, header, row, line))
                    {
                        bad++;
                        continue;
                    }

                    var crimeTypeText = row[columns.CrimeType].Span;
                    var crimeType = PoliceUkCrimeTypes.Canonical(crimeTypeText.ToString());
                    if (crimeType is null)
                    {
                        AddBad(new BadRow(file.DisplayPath, line, header.Names[columns.CrimeType], crimeTypeText.ToString(),
                            $"Unknown crime type. police.uk uses {string.Join(", ", PoliceUkCrimeTypes.All)}; correct the value or remove the row."));
                        bad++;
                        continue;
                    }

                    if (!TryCoordinate(file, header, row, columns.Longitude, line, out var longitude)
                        || !TryCoordinate(file, header, row, columns.Latitude, line, out var latitude))
                    {
                        bad++;
                        continue;
                    }

                    forceName ??= row[columns.FallsWithin].ToString();
                    if (crimeType == PoliceUkCrimeTypes.AntiSocialBehaviour)
                    {
                        var incident = asbAppender.CreateRow().AppendValue(file.Force).AppendValue(month);
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
                        var crime = crimeAppender.CreateRow().AppendValue(file.Force).AppendValue(month);
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

                    CountStored(file);
                }
            }

            RecordForce(file.Force, forceName);
            return new ImportedFile(file.DisplayPath, file.Force, file.Month, file.Kind, crimes, asb, bad);
        }

        private ImportedFile ReadOutcomes(PoliceUkFile file, SepReader reader, PoliceUkHeader header)
        {
            long outcomes = 0, bad = 0;
            var month = ScorecardStore.ToDate(file.Month);
            var crimeId = header["crime_id"];
            var outcomeType = header["outcome_type"];
            int[] texts = [header["reported_by"], header["falls_within"]];
            int[] places = [header["location"], header["lsoa_code"], header["lsoa_name"]];

            using (var appender = store.Connection.CreateAppender("crime_outcomes"))
            {
                foreach (var row in reader)
                {
                    var line = row.LineNumberFrom;
                    if (!CheckRow(file, header, row, line))
                    {
                        bad++;
                        continue;
                    }

                    if (row[crimeId].Span.IsWhiteSpace() || row[outcomeType].Span.IsWhiteSpace())
                    {
                        var column = row[crimeId].Span.IsWhiteSpace() ? crimeId : outcomeType;
                        AddBad(new BadRow(file.DisplayPath, line, header.Names[column], "", "An outcome row needs a crime id and an outcome type; fill the value or remove the row."));
                        bad++;
                        continue;
                    }

                    if (!TryCoordinate(file, header, row, header["longitude"], line, out var longitude)
                        || !TryCoordinate(file, header, row, header["latitude"], line, out var latitude))
                    {
                        bad++;
                        continue;
                    }

                    var outcome = appender.CreateRow().AppendValue(file.Force).AppendValue(month).AppendValue(row[crimeId].ToString());
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
                    CountStored(file);
                }
            }

            return new ImportedFile(file.DisplayPath, file.Force, file.Month, file.Kind, outcomes, 0, bad);
        }

        // Checks what every police.uk row must satisfy: the header's column count and a Month equal to the file's.
        private bool CheckRow(PoliceUkFile file, PoliceUkHeader header, SepReader.Row row, long line)
        {
            if (row.ColCount != header.Count)
            {
                AddBad(new BadRow(file.DisplayPath, line, null, Shorten(row.Span.ToString()),
                    $"The row has {row.ColCount} columns but the header has {header.Count}. Check for an unquoted comma or a cut line, then fix or remove the row."));
                return false;
            }

            var monthColumn = header["month"];
            var monthText = row[monthColumn].Span.Trim();
            if (!ReportMonth.TryParse(monthText, out var month))
            {
                AddBad(new BadRow(file.DisplayPath, line, header.Names[monthColumn], monthText.ToString(),
                    "The month is not in the yyyy-MM form police.uk uses, such as 2020-11; correct it."));
                return false;
            }

            if (month != file.Month)
            {
                AddBad(new BadRow(file.DisplayPath, line, header.Names[monthColumn], monthText.ToString(),
                    $"The row's month does not match the file's month {file.Month} (from its name); move the row to the right month's file or rename the file."));
                return false;
            }

            return true;
        }

        private bool TryCoordinate(PoliceUkFile file, PoliceUkHeader header, SepReader.Row row, int column, long line, out double? value)
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

            AddBad(new BadRow(file.DisplayPath, line, header.Names[column], text.ToString(),
                "The coordinate is not a number; police.uk writes decimal degrees such as -0.091, or leaves it empty for 'No location' rows."));
            return false;
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

        private void CountStored(PoliceUkFile file)
        {
            _rowsStored++;
            if (_rowsStored % ProgressEveryRows == 0)
            {
                progress?.Report(new ImportProgress(Files.Count, files.Count, _bytesBefore, _bytesTotal, _rowsStored, file.DisplayPath));
            }
        }

        private void AddBad(BadRow badRow)
        {
            BadRowCount++;
            if (BadRows.Count < MaxBadRowsListed)
            {
                BadRows.Add(badRow);
            }
        }

        private void ReplaceExisting(PoliceUkFile file)
        {
            var month = ScorecardStore.ToDate(file.Month);
            if (file.Kind == PoliceUkFileKind.Street)
            {
                store.Execute("DELETE FROM street_crimes WHERE force = $1 AND month = $2", file.Force, month);
                store.Execute("DELETE FROM asb_incidents WHERE force = $1 AND month = $2", file.Force, month);
            }
            else
            {
                store.Execute("DELETE FROM crime_outcomes WHERE force = $1 AND month = $2", file.Force, month);
            }

            store.Execute("DELETE FROM loaded_months WHERE force = $1 AND month = $2 AND kind = $3", file.Force, month, KindName(file.Kind));
        }

        private void RecordLoaded(ImportedFile imported)
        {
            store.Execute(
                "INSERT INTO loaded_months VALUES ($1, $2, $3, $4, $5, $6, $7, now())",
                imported.Force, ScorecardStore.ToDate(imported.Month), KindName(imported.Kind), imported.File, imported.Rows, imported.AsbRows, imported.BadRows);
        }

        private void RecordForce(string force, string? name)
        {
            store.Execute(
                "INSERT INTO forces VALUES ($1, $2) ON CONFLICT (force) DO UPDATE SET name = coalesce(excluded.name, forces.name)",
                force, string.IsNullOrWhiteSpace(name) ? null : name);
        }

        private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";
    }

    internal static string KindName(PoliceUkFileKind kind) => kind == PoliceUkFileKind.Street ? "street" : "outcomes";

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
