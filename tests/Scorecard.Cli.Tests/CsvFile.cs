using Microsoft.VisualBasic.FileIO;

namespace Scorecard.Cli.Tests;

/// <summary>Reads CSV with TextFieldParser, independently of the renderer under test.</summary>
internal static class CsvFile
{
    public static List<string[]> Read(string path) => Read(File.OpenRead(path));

    /// <summary>Reads every row of <paramref name="stream"/>, header included, and closes it.</summary>
    public static List<string[]> Read(Stream stream)
    {
        using var parser = new TextFieldParser(stream) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }
}
