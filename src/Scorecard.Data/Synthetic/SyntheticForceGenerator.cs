namespace Scorecard.Data.Synthetic;

/// <summary>Data rows written to one file of a synthetic extract, not counting the header.</summary>
public sealed record SyntheticFileCount(string File, long Rows);

/// <summary>
/// Writes a synthetic force extract: made-up offences, calls, survey responses, monthly returns and
/// reference data for an invented force, in the layouts Scorecard imports. It is for trying
/// Scorecard end to end and for tests; none of it is real police data.
/// </summary>
/// <remarks>
/// The same options always give byte-identical files on the same platform, so the README records
/// the options and not the time of the run. Rows are streamed to disk month by month.
/// </remarks>
public static class SyntheticForceGenerator
{
    /// <summary>
    /// Writes every file into <paramref name="folder"/>, creating it if missing and replacing files
    /// of the same names, and returns the row count of each file in the order written.
    /// </summary>
    /// <exception cref="ScorecardDataException">An option is out of range, or the folder cannot be written.</exception>
    public static IReadOnlyList<SyntheticFileCount> Generate(string folder, SyntheticForceOptions options, IProgress<SyntheticProgress>? progress = null)
    {
        options.Validate();
        try
        {
            Directory.CreateDirectory(folder);
            var counts = new List<SyntheticFileCount>
            {
                new(ExtractLayout.OutcomeTypesFile, ReferenceDataWriter.WriteOutcomeTypes(Path.Combine(folder, ExtractLayout.OutcomeTypesFile))),
                new(ExtractLayout.SeverityWeightsFile, ReferenceDataWriter.WriteSeverityWeights(Path.Combine(folder, ExtractLayout.SeverityWeightsFile))),
                new(ExtractLayout.PopulationFile, ReferenceDataWriter.WritePopulation(Path.Combine(folder, ExtractLayout.PopulationFile), options)),
                new(ExtractLayout.OffencesFile, new OffenceGenerator(options).Write(Path.Combine(folder, ExtractLayout.OffencesFile), progress)),
                new(ExtractLayout.CallsFile, new CallGenerator(options).Write(Path.Combine(folder, ExtractLayout.CallsFile), progress)),
                new(ExtractLayout.SurveyFile, new SurveyGenerator(options).Write(Path.Combine(folder, ExtractLayout.SurveyFile), progress)),
                new(ExtractLayout.ReturnsFile, new ReturnsGenerator(options).Write(Path.Combine(folder, ExtractLayout.ReturnsFile), progress)),
            };
            File.WriteAllText(Path.Combine(folder, ExtractLayout.ReadmeFile), SyntheticReadme.Text(options, counts));
            return counts;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ScorecardDataException(
                $"Could not write the synthetic extract to '{folder}': {exception.Message} Choose a folder you can write to with --out.", exception);
        }
    }
}
