using Microsoft.VisualBasic.FileIO;

namespace Scorecard.Cli.Tests;

/// <summary>Reads CSV with TextFieldParser, independently of the renderer under test.</summary>
internal static class CsvFile
{
    public static List<string[]> Read(string path)
    {
        using var parser = new TextFieldParser(path) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }
}
