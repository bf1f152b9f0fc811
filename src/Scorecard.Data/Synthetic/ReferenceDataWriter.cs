namespace Scorecard.Data.Synthetic;

/// <summary>Writes the reference files: outcome types, severity weights and population.</summary>
internal static class ReferenceDataWriter
{
    /// <summary>
    /// Effective-from date of the synthetic severity weights: earlier than any date the generator
    /// writes, so one version covers every offence.
    /// </summary>
    public static DateOnly SeverityEffectiveFrom { get; } = new(2013, 4, 1);

    /// <summary>Writes <c>outcome-types.csv</c>: types 1 to 22 and 1A, none with an end date.</summary>
    public static long WriteOutcomeTypes(string path)
    {
        using var csv = new CsvFileWriter(path, ExtractLayout.OutcomeTypesHeader);
        foreach (var type in HomeOfficeOutcomeTypes.All)
        {
            csv.Field(type.Code);
            csv.Field(type.Description);
            csv.Field(type.Solved ? "yes" : "no");
            csv.Field(HomeOfficeOutcomeTypes.EffectiveFrom);
            csv.Empty();
            csv.EndRow();
        }

        return csv.Rows;
    }

    /// <summary>Writes <c>severity-weights.csv</c>: one synthetic weight in days for every code the generator writes.</summary>
    public static long WriteSeverityWeights(string path)
    {
        using var csv = new CsvFileWriter(path, ExtractLayout.SeverityWeightsHeader);
        foreach (var code in SyntheticOffenceCodes.All)
        {
            csv.Field(code.Code);
            csv.Field(code.SeverityDays, 1);
            csv.Field(SyntheticOffenceCodes.SeverityVersion);
            csv.Field(SeverityEffectiveFrom);
            csv.EndRow();
        }

        return csv.Rows;
    }

    /// <summary>
    /// Writes <c>population.csv</c>: each area's mid-year population for every year from the first
    /// month's to the last month's, then an <c>ALL</c> row equal to the sum of the areas.
    /// </summary>
    public static long WritePopulation(string path, SyntheticForceOptions options)
    {
        using var csv = new CsvFileWriter(path, ExtractLayout.PopulationHeader);
        for (var year = options.From.Year; year <= options.To.Year; year++)
        {
            var total = 0L;
            foreach (var area in SyntheticAreas.All)
            {
                var population = SyntheticAreas.PopulationIn(area, year, options.Scale);
                total += population;
                csv.Field(area.Name);
                csv.Field(year);
                csv.Field(population);
                csv.EndRow();
            }

            csv.Field("ALL");
            csv.Field(year);
            csv.Field(total);
            csv.EndRow();
        }

        return csv.Rows;
    }
}
