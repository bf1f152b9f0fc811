using System.Text;
using Scorecard.Core.Time;

namespace Scorecard.Data.Synthetic;

/// <summary>
/// Writes <c>offences.csv</c>: one row per offence, month by month in recorded-date order, with
/// flags, victims (some of them repeat victims), areas and outcomes. Rows go straight to disk; only
/// the victims of the last 12 months are kept in memory.
/// </summary>
internal sealed class OffenceGenerator
{
    /// <summary>Probability that a domestic abuse offence's victim is one already seen in the last 12 months.</summary>
    public const double DomesticAbuseRepeatChance = 0.37;

    /// <summary>Probability that another offence's victim is one already seen in the last 12 months.</summary>
    public const double OtherRepeatChance = 0.22;

    /// <summary>Share of domestic abuse victims who are female, unless the offence code sets a higher share.</summary>
    public const double DomesticAbuseFemaleVictim = 0.74;

    /// <summary>Share of victims whose sex is recorded as other (<c>X</c>).</summary>
    public const double OtherSexVictim = 0.005;

    private static readonly char[] Sexes = ['F', 'M', 'X'];

    private readonly SyntheticForceOptions _options;
    private readonly SyntheticRandom _random;
    private readonly WeightedChoice<int> _areaChoice;
    private readonly Dictionary<(bool DomesticAbuse, char Sex), VictimPool> _pools = [];
    private readonly StringBuilder _flags = new();
    private int _nextVictimId = 1;

    public OffenceGenerator(SyntheticForceOptions options)
    {
        _options = options;
        _random = SyntheticRandom.ForStream(options.Seed, "offences");
        _areaChoice = new WeightedChoice<int>(SyntheticAreas.All.Select((area, index) => (index, area.Population * area.CrimeRate)).ToArray());
        foreach (var domesticAbuse in new[] { false, true })
        {
            foreach (var sex in Sexes)
            {
                _pools[(domesticAbuse, sex)] = new VictimPool();
            }
        }
    }

    /// <summary>Writes the file to <paramref name="path"/> and returns its data row count.</summary>
    public long Write(string path, IProgress<SyntheticProgress>? progress)
    {
        var codes = SyntheticOffenceCodes.All;
        var months = _options.Months.ToList();
        var expected = ExpectedCounts(months, codes, _options.OffencesPerYear);

        WarmUpVictimPools(months, codes, expected);

        using var csv = new CsvFileWriter(path, ExtractLayout.OffencesHeader);
        var referenceNumber = 0;
        var referenceYear = 0;
        for (var monthIndex = 0; monthIndex < months.Count; monthIndex++)
        {
            var month = months[monthIndex];
            foreach (var pool in _pools.Values)
            {
                pool.StartMonth(month);
            }

            if (month.Year != referenceYear)
            {
                referenceYear = month.Year;
                referenceNumber = 0;
            }

            var codeChoice = RunningTotal(expected[monthIndex]);
            var offencesPerDay = SpreadOverDays(month, _random.NextPoisson(codeChoice[^1]));
            for (var day = 0; day < offencesPerDay.Length; day++)
            {
                var recorded = month.FirstDay.AddDays(day);
                for (var count = 0; count < offencesPerDay[day]; count++)
                {
                    referenceNumber++;
                    var code = codes[_random.NextWeighted(codeChoice)];
                    WriteOffence(csv, $"SYN-{referenceYear}-{referenceNumber:D6}", recorded, code);
                }
            }

            progress?.Report(new SyntheticProgress(ExtractLayout.OffencesFile, month, monthIndex + 1, months.Count, csv.Rows));
        }

        return csv.Rows;
    }

    /// <summary>
    /// Returns the expected offences of each code in each month: share x group trend x season x days
    /// in the month, scaled so the months together expect <paramref name="offencesPerYear"/> a year.
    /// </summary>
    public static double[][] ExpectedCounts(IReadOnlyList<ReportMonth> months, IReadOnlyList<SyntheticOffenceCode> codes, int offencesPerYear)
    {
        var expected = new double[months.Count][];
        var total = 0.0;
        for (var monthIndex = 0; monthIndex < months.Count; monthIndex++)
        {
            var month = months[monthIndex];
            var days = DateTime.DaysInMonth(month.Year, month.Month);
            expected[monthIndex] = new double[codes.Count];
            for (var codeIndex = 0; codeIndex < codes.Count; codeIndex++)
            {
                var value = codes[codeIndex].Share * OffenceTrends.Level(codes[codeIndex].Group, month) * days;
                expected[monthIndex][codeIndex] = value;
                total += value;
            }
        }

        var scale = offencesPerYear * (months.Count / 12.0) / total;
        foreach (var row in expected)
        {
            for (var codeIndex = 0; codeIndex < row.Length; codeIndex++)
            {
                row[codeIndex] *= scale;
            }
        }

        return expected;
    }

    // Fills the victim pools from the 12 months before the first month without writing anything, so
    // that the first year's victims can be repeats of earlier ones just as later years' can. Without
    // it the first 12-month window would show far more of its victims as repeat victims than later
    // windows do. Warm-up month i expects the offences of generated month i (modulo the run's length)
    // and draws from a stream of its own.
    private void WarmUpVictimPools(IReadOnlyList<ReportMonth> months, IReadOnlyList<SyntheticOffenceCode> codes, double[][] expected)
    {
        var random = SyntheticRandom.ForStream(_options.Seed, "offences-warm-up");
        for (var index = 0; index < 12; index++)
        {
            var month = months[0].AddMonths(index - 12);
            foreach (var pool in _pools.Values)
            {
                pool.StartMonth(month);
            }

            var codeChoice = RunningTotal(expected[index % months.Count]);
            var offences = random.NextPoisson(codeChoice[^1]);
            for (var count = 0; count < offences; count++)
            {
                var code = codes[random.NextWeighted(codeChoice)];
                var domesticAbuse = random.Chance(code.DomesticAbuse * OffenceTrends.DomesticAbuseShare.At(month));
                if (code.HasVictim)
                {
                    DrawVictim(random, code, domesticAbuse);
                }
            }
        }
    }

    private static double[] RunningTotal(double[] values)
    {
        var totals = new double[values.Length];
        var total = 0.0;
        for (var index = 0; index < values.Length; index++)
        {
            total += values[index];
            totals[index] = total;
        }

        return totals;
    }

    private int[] SpreadOverDays(ReportMonth month, int offences)
    {
        var perDay = new int[DateTime.DaysInMonth(month.Year, month.Month)];
        for (var index = 0; index < offences; index++)
        {
            perDay[_random.NextInt(perDay.Length)]++;
        }

        return perDay;
    }

    private void WriteOffence(CsvFileWriter csv, string reference, DateOnly recorded, SyntheticOffenceCode code)
    {
        var month = ReportMonth.Of(recorded);
        var domesticAbuse = _random.Chance(code.DomesticAbuse * OffenceTrends.DomesticAbuseShare.At(month));
        SyntheticVictim? victim = code.HasVictim ? DrawVictim(_random, code, domesticAbuse) : null;
        var areaIndex = victim?.AreaIndex ?? _areaChoice.Draw(_random);
        var area = SyntheticAreas.All[areaIndex];

        var childAbuse = _random.Chance(code.ChildAbuse);
        var knifeEnabled = _random.Chance(code.KnifeEnabled);
        var drugRelated = _random.Chance(code.DrugRelated);
        var rural = _random.Chance(area.RuralShare * code.RuralFactor);
        var business = _random.Chance(code.Business);
        var highHarm = _random.Chance(code.HighHarm)
            || childAbuse
            || (domesticAbuse && code.Group == OffenceGroup.ViolenceWithInjury);
        var violenceAgainstWomen = victim?.Sex == 'F' && code.Group is OffenceGroup.Homicide or OffenceGroup.ViolenceWithInjury
            or OffenceGroup.ViolenceWithoutInjury or OffenceGroup.StalkingAndHarassment or OffenceGroup.SexualOffences;

        // Flags in the order the extract layout lists them.
        _flags.Clear();
        AppendFlag(domesticAbuse, "domestic-abuse");
        AppendFlag(knifeEnabled, "knife-enabled");
        AppendFlag(drugRelated, "drug-related");
        AppendFlag(rural, "rural");
        AppendFlag(childAbuse, "child-abuse");
        AppendFlag(business, "business");
        AppendFlag(highHarm, "high-harm");
        AppendFlag(violenceAgainstWomen, "vawg");
        AppendFlag(code.Code == SyntheticOffenceCodes.DogTheftCode, "dog-theft");

        var (outcomeType, outcomeDate) = OutcomeModel.Draw(_random, code, highHarm, recorded, _options.ExtractDate);

        csv.Field(reference);
        csv.Field(recorded);
        csv.Field(code.Code);
        csv.Field(_flags.ToString());
        if (victim is { } known)
        {
            csv.Field($"V{known.Id:D7}");
            csv.Field(known.Sex.ToString());
        }
        else
        {
            csv.Empty();
            csv.Empty();
        }

        csv.Field(area.Name);
        csv.Field(outcomeType);
        if (outcomeDate is { } date)
        {
            csv.Field(date);
        }
        else
        {
            csv.Empty();
        }

        csv.EndRow();
    }

    private SyntheticVictim DrawVictim(SyntheticRandom random, SyntheticOffenceCode code, bool domesticAbuse)
    {
        var female = domesticAbuse ? Math.Max(code.FemaleVictim, DomesticAbuseFemaleVictim) : code.FemaleVictim;
        var sex = random.Chance(OtherSexVictim) ? 'X' : random.Chance(female) ? 'F' : 'M';
        var pool = _pools[(domesticAbuse, sex)];
        var repeatChance = domesticAbuse ? DomesticAbuseRepeatChance : OtherRepeatChance;
        if (random.Chance(repeatChance) && pool.TryDraw(random, out var repeat))
        {
            return repeat;
        }

        var victim = new SyntheticVictim(_nextVictimId++, sex, _areaChoice.Draw(random));
        pool.Add(victim);
        return victim;
    }

    private void AppendFlag(bool set, string flag)
    {
        if (!set)
        {
            return;
        }

        if (_flags.Length > 0)
        {
            _flags.Append(';');
        }

        _flags.Append(flag);
    }
}
