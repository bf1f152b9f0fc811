using System.Globalization;
using System.IO.Compression;
using nietras.SeparatedValues;

namespace Scorecard.Bench;

/// <summary>A folder of plain police.uk CSV files that every method reads.</summary>
/// <param name="Name">Short name used in the results table.</param>
/// <param name="Folder">Folder holding only the CSV files.</param>
/// <param name="Files">Number of CSV files.</param>
/// <param name="Rows">Data rows in all files (header lines not counted).</param>
/// <param name="Bytes">Total size of the files.</param>
internal sealed record BenchInput(string Name, string Folder, int Files, long Rows, long Bytes);

/// <summary>
/// Prepares the inputs: the sample extracted to plain CSV files, and a larger set made of whole copies
/// of those files named <c>YYYY-MM-essex-copyNN-street.csv</c>, so each copy imports as another force.
/// The bytes of every copy are those of the original file.
/// </summary>
internal static class BenchInputs
{
    // Written last, so a folder without it was left half-prepared and is built again.
    private const string CompleteMarker = ".complete";

    /// <summary>Returns the extracted sample and the repeated set of at least <paramref name="minimumRows"/> rows, building them when missing.</summary>
    public static (BenchInput Sample, BenchInput Repeated) Prepare(string sampleZip, string inputsFolder, long minimumRows)
    {
        var sampleName = Path.GetFileNameWithoutExtension(sampleZip);
        var sampleFolder = Path.Combine(inputsFolder, sampleName);
        var sample = Describe(sampleName, sampleFolder) ?? Extract(sampleZip, sampleFolder, sampleName);

        // Whole copies keep every copy a full set of months, as a real force's download would be.
        var copies = (int)Math.Max(1, (minimumRows + sample.Rows - 1) / sample.Rows);
        var repeatedName = $"{sampleName}-x{copies}";
        var repeatedFolder = Path.Combine(inputsFolder, repeatedName);
        var repeated = Describe(repeatedName, repeatedFolder) ?? Repeat(sample, repeatedFolder, repeatedName, copies);
        return (sample, repeated);
    }

    private static BenchInput Extract(string sampleZip, string folder, string name)
    {
        ResetFolder(folder);
        using (var archive = ZipFile.OpenRead(sampleZip))
        {
            foreach (var entry in archive.Entries.Where(entry => entry.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)))
            {
                // Flattened: the YYYY-MM folders of the archive carry nothing the file names do not.
                entry.ExtractToFile(Path.Combine(folder, entry.Name));
            }
        }

        return Complete(name, folder);
    }

    private static BenchInput Repeat(BenchInput sample, string folder, string name, int copies)
    {
        ResetFolder(folder);
        var originals = Directory.GetFiles(sample.Folder, "*.csv").Order(StringComparer.Ordinal).ToList();
        for (var copy = 1; copy <= copies; copy++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $"-essex-copy{copy:00}-street.csv");
            foreach (var original in originals)
            {
                var fileName = Path.GetFileName(original);
                if (!fileName.EndsWith("-essex-street.csv", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"'{original}' is not named YYYY-MM-essex-street.csv, so it cannot be copied under another force name.");
                }

                var copyName = fileName[..^"-essex-street.csv".Length] + suffix;
                File.Copy(original, Path.Combine(folder, copyName));
            }
        }

        return Complete(name, folder);
    }

    private static void ResetFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
    }

    private static BenchInput Complete(string name, string folder)
    {
        var input = Count(name, folder);
        File.WriteAllText(Path.Combine(folder, CompleteMarker), input.Rows.ToString(CultureInfo.InvariantCulture));
        return input;
    }

    // Returns the input when an earlier run prepared it completely; the row count is taken again to be sure.
    private static BenchInput? Describe(string name, string folder)
    {
        var marker = Path.Combine(folder, CompleteMarker);
        if (!File.Exists(marker))
        {
            return null;
        }

        var input = Count(name, folder);
        return File.ReadAllText(marker).Trim() == input.Rows.ToString(CultureInfo.InvariantCulture) ? input : null;
    }

    // Rows are counted with a CSV reader, not by lines, so a quoted line break would not be miscounted.
    private static BenchInput Count(string name, string folder)
    {
        var files = Directory.GetFiles(folder, "*.csv");
        long rows = 0, bytes = 0;
        foreach (var file in files)
        {
            bytes += new FileInfo(file).Length;
            using var reader = Sep.New(',').Reader(options => options with { HasHeader = true, DisableColCountCheck = true }).FromFile(file);
            foreach (var _ in reader)
            {
                rows++;
            }
        }

        return new BenchInput(name, folder, files.Length, rows, bytes);
    }
}
