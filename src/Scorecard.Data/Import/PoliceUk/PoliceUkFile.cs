using System.IO.Compression;
using System.Text.RegularExpressions;
using Scorecard.Core.Time;

namespace Scorecard.Data.Import.PoliceUk;

/// <summary>One police.uk monthly file, on disk or inside a zip archive, with the force, month and kind its name gives.</summary>
/// <param name="DisplayPath">Path shown in messages; a zip entry is written <c>archive.zip!folder/name.csv</c>.</param>
/// <param name="Force">Force identifier from the file name, such as <c>city-of-london</c>.</param>
/// <param name="Month">Month from the file name.</param>
/// <param name="Kind">Street or outcomes file.</param>
/// <param name="Length">Uncompressed size in bytes.</param>
/// <param name="Open">Opens the file's bytes for reading.</param>
public sealed record PoliceUkFile(string DisplayPath, string Force, ReportMonth Month, PoliceUkFileKind Kind, long Length, Func<Stream> Open);

/// <summary>
/// Finds the police.uk files in a path: a single CSV file, a folder tree, or the zip archive that
/// police.uk serves (<c>YYYY-MM/YYYY-MM-force-street.csv</c> entries). Stop-and-search files and
/// other files are skipped and counted.
/// </summary>
public static partial class PoliceUkFileFinder
{
    [GeneratedRegex(@"^(?<month>\d{4}-\d{2})-(?<force>[a-z0-9-]+?)-(?<kind>street|outcomes)\.csv$", RegexOptions.IgnoreCase)]
    private static partial Regex FileNamePattern();

    /// <summary>Returns the importable files under <paramref name="path"/> in name order, and how many other files were skipped.</summary>
    /// <exception cref="ScorecardDataException">The path does not exist, or a CSV named directly does not follow police.uk's naming.</exception>
    public static (IReadOnlyList<PoliceUkFile> Files, int Skipped) Find(string path)
    {
        if (Directory.Exists(path))
        {
            var names = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            var files = new List<PoliceUkFile>();
            var skipped = 0;
            foreach (var name in names)
            {
                if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                {
                    var (inner, innerSkipped) = FromZip(name);
                    files.AddRange(inner);
                    skipped += innerSkipped;
                }
                else if (TryDescribe(name, Path.GetFileName(name), new FileInfo(name).Length, () => File.OpenRead(name)) is { } file)
                {
                    files.Add(file);
                }
                else
                {
                    skipped++;
                }
            }

            return (files, skipped);
        }

        if (!File.Exists(path))
        {
            throw new ScorecardDataException($"'{path}' was not found. Give a police.uk CSV file, a folder of them, or the zip archive police.uk serves.");
        }

        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return FromZip(path);
        }

        var single = TryDescribe(path, Path.GetFileName(path), new FileInfo(path).Length, () => File.OpenRead(path))
            ?? throw new ScorecardDataException(
                $"'{path}' is not named like a police.uk file. Name it YYYY-MM-force-street.csv or YYYY-MM-force-outcomes.csv, for example 2020-11-city-of-london-street.csv, because the force and month come from the name.");
        return ([single], 0);
    }

    private static (IReadOnlyList<PoliceUkFile> Files, int Skipped) FromZip(string zipPath)
    {
        var files = new List<PoliceUkFile>();
        var skipped = 0;
        try
        {
            using var archive = ZipFile.OpenRead(zipPath);
            foreach (var entry in archive.Entries.OrderBy(entry => entry.FullName, StringComparer.Ordinal))
            {
                if (entry.FullName.EndsWith('/'))
                {
                    continue;
                }

                var entryName = entry.FullName;
                var file = TryDescribe($"{zipPath}!{entryName}", entry.Name, entry.Length, () => ZipEntryStream.Open(zipPath, entryName));
                if (file is null)
                {
                    skipped++;
                }
                else
                {
                    files.Add(file);
                }
            }
        }
        catch (InvalidDataException exception)
        {
            throw new ScorecardDataException($"'{zipPath}' is not a readable zip archive: {exception.Message} Download it again from police.uk.", exception);
        }

        return (files, skipped);
    }

    private static PoliceUkFile? TryDescribe(string displayPath, string fileName, long length, Func<Stream> open)
    {
        var match = FileNamePattern().Match(fileName);
        if (!match.Success || !ReportMonth.TryParse(match.Groups["month"].Value, out var month))
        {
            return null;
        }

        var kind = match.Groups["kind"].Value.Equals("street", StringComparison.OrdinalIgnoreCase) ? PoliceUkFileKind.Street : PoliceUkFileKind.Outcomes;
        return new PoliceUkFile(displayPath, match.Groups["force"].Value.ToLowerInvariant(), month, kind, length, open);
    }
}
