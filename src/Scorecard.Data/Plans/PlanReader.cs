using Scorecard.Core.Outcomes;
using Scorecard.Core.Plans;
using Scorecard.Core.Spc;
using Scorecard.Core.Time;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Scorecard.Data.Plans;

/// <summary>
/// Reads a plan file (YAML). Every error names the file, the line, the key and what is expected,
/// and unknown keys are errors so that a misspelt key is not silently ignored. An unknown key or
/// value close to a valid one gets a suggestion, such as "Did you mean 'polarity'?".
/// </summary>
public static class PlanReader
{
    /// <summary>Baseline end month used when the plan names none: December 2019, the last pre-pandemic year.</summary>
    public static readonly ReportMonth DefaultBaselineEnd = new(2019, 12);

    private static readonly Dictionary<string, DirectionMethodKind> DirectionMethods = new(StringComparer.Ordinal)
    {
        ["polarity"] = DirectionMethodKind.Polarity,
        ["confidence-intervals"] = DirectionMethodKind.IntervalOverlap,
        ["z-test"] = DirectionMethodKind.ZTest,
        ["poisson"] = DirectionMethodKind.PoissonRateRatio,
        ["tolerance"] = DirectionMethodKind.ToleranceBand,
        ["spc"] = DirectionMethodKind.Spc,
    };

    private static readonly Dictionary<string, CallOutcome> CallOutcomes = new(StringComparer.Ordinal)
    {
        ["any"] = CallOutcome.Any,
        ["answered"] = CallOutcome.Answered,
        ["abandoned"] = CallOutcome.Abandoned,
    };

    private static readonly Dictionary<string, ValueKind> ValueKinds = new(StringComparer.Ordinal)
    {
        ["sum"] = ValueKind.Sum,
        ["mean"] = ValueKind.Mean,
        ["percentage"] = ValueKind.Percentage,
        ["weighted-percentage"] = ValueKind.WeightedPercentage,
    };

    private static readonly Dictionary<string, bool> YesNo = new(StringComparer.Ordinal)
    {
        ["yes"] = true,
        ["no"] = false,
    };

    /// <summary>Reads the plan in <paramref name="path"/>.</summary>
    /// <exception cref="ScorecardDataException">The file is missing, is not YAML, or is not a valid plan.</exception>
    public static Plan ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ScorecardDataException($"The plan file '{path}' was not found. Pass the path of a plan, such as plans/police-uk-example.yaml.");
        }

        return Read(File.ReadAllText(path), path);
    }

    /// <summary>Reads a plan from YAML text; <paramref name="fileName"/> is used in messages.</summary>
    public static Plan Read(string yaml, string fileName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            var reason = string.Join(' ', (exception.InnerException?.Message ?? exception.Message).Split(' ', StringSplitOptions.RemoveEmptyEntries));
            throw new ScorecardDataException(
                $"{fileName} line {exception.Start.Line}, column {exception.Start.Column}: the file is not valid YAML ({reason}). Check the indentation, brackets and quotes near there.", exception);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ScorecardDataException($"{fileName} line 1: the plan must be a mapping with the keys name, force and priorities.");
        }

        return new Reader(fileName).ReadPlan(root);
    }

    private sealed class Reader(string fileName)
    {
        public Plan ReadPlan(YamlMappingNode root)
        {
            var plan = new Node(this, root, "plan");
            plan.AllowOnly("name", "force", "force-name", "baseline", "footnotes", "priorities");

            var footnotes = new Dictionary<int, string>();
            if (plan.Optional("footnotes") is { } footnoteNode)
            {
                foreach (var (key, value) in footnoteNode.Entries())
                {
                    var number = key.Integer("footnote number", 1, 999);
                    footnotes[number] = value.Text("footnote text");
                }
            }

            var baseline = plan.Optional("baseline")?.Month() ?? DefaultBaselineEnd;
            var priorities = plan.Required("priorities").Items().Select(item => ReadPriority(item, footnotes)).ToList();
            if (priorities.Count == 0)
            {
                throw plan.Required("priorities").Error("priorities", "at least one priority");
            }

            var duplicate = priorities.SelectMany(priority => priority.Indicators).GroupBy(indicator => indicator.Id).FirstOrDefault(group => group.Count() > 1);
            if (duplicate is not null)
            {
                throw new ScorecardDataException($"{fileName}: the indicator id '{duplicate.Key}' is used more than once. Give every indicator its own id.");
            }

            return new Plan(plan.Required("name").Text("plan name"), plan.Required("force").Text("force identifier, such as city-of-london"), baseline, priorities, footnotes)
            {
                ForceName = plan.Optional("force-name")?.Text("force name for headings, such as Essex Police"),
            };
        }

        private Priority ReadPriority(Node node, IReadOnlyDictionary<int, string> footnotes)
        {
            node.AllowOnly("number", "title", "indicators");
            var indicators = node.Required("indicators").Items().Select(item => ReadIndicator(item, footnotes)).ToList();
            return new Priority(node.Required("number").Integer("priority number", 1, 99), node.Required("title").Text("priority title"), indicators);
        }

        private Indicator ReadIndicator(Node node, IReadOnlyDictionary<int, string> footnotes)
        {
            node.AllowOnly("id", "label", "subgroup", "footnotes", "unit", "polarity", "measure", "percent-difference", "direction", "interval", "interval-footnotes", "target", "spc");

            var unit = node.Required("unit").OneOf("unit", PlanNames.Units);
            var measure = ReadMeasure(node.Required("measure"));
            if (measure.ValueKind is ValueKind.Percentage or ValueKind.WeightedPercentage && unit != Unit.Percentage)
            {
                throw node.Required("unit").Error("unit", "percentage, because the measure gives a percentage");
            }

            var (direction, tolerance) = ReadDirection(node.Optional("direction"));
            var showInterval = node.Optional("interval")?.Boolean("interval") ?? false;
            if (showInterval && measure.ValueKind != ValueKind.WeightedPercentage)
            {
                throw node.Required("interval").Error("interval", "false, because only survey measures have confidence intervals");
            }

            return new Indicator(
                node.Required("id").Text("indicator id"),
                node.Required("label").Text("indicator label"),
                FootnoteNumbers(node.Optional("footnotes"), footnotes),
                unit,
                node.Required("polarity").OneOf("polarity", PlanNames.Polarities),
                measure,
                node.Optional("percent-difference")?.Boolean("percent-difference") ?? unit == Unit.Count,
                direction)
            {
                Subgroup = node.Optional("subgroup")?.Text("sub-group label, such as Victims"),
                ShowInterval = showInterval,
                IntervalFootnotes = FootnoteNumbers(node.Optional("interval-footnotes"), footnotes),
                TolerancePercent = tolerance,
                Target = node.Optional("target")?.Number("target", double.MinValue, double.MaxValue),
                SpcOptions = ReadSpcOptions(node.Optional("spc"), SpcDefaultBounds.For(unit, measure)),
            };
        }

        // spc: { screening: true, baseline-points: 12, trend-length: 7, shift-length: 7, rebase: [{ month: 2020-04, reason: ... }],
        //        limits-floor: 0, limits-ceiling: 100 }
        private static XmrOptions ReadSpcOptions(Node? node, SpcBounds defaultBounds)
        {
            if (node is null)
            {
                return XmrOptions.Default with { Bounds = defaultBounds };
            }

            node.AllowOnly("screening", "baseline-points", "trend-length", "shift-length", "rebase", "limits-floor", "limits-ceiling");
            var rebases = new List<SpcRebase>();
            foreach (var item in node.Optional("rebase")?.Items() ?? [])
            {
                item.AllowOnly("month", "reason");
                rebases.Add(new SpcRebase(item.Required("month").Month(), item.Required("reason").Text("reason for the rebase")));
            }

            return XmrOptions.Default with
            {
                ScreenMovingRanges = node.Optional("screening")?.Boolean("screening") ?? true,
                BaselinePoints = node.Optional("baseline-points")?.Integer("baseline-points", 2, 1000),
                TrendLength = node.Optional("trend-length")?.Integer("trend-length", 5, 10) ?? 7,
                ShiftLength = node.Optional("shift-length")?.Integer("shift-length", 5, 10) ?? 7,
                Rebases = rebases,
                Bounds = ReadBounds(node, defaultBounds),
            };
        }

        // Each of limits-floor and limits-ceiling replaces the unit's default bound on its side, and
        // none turns that side off, so a percentage can keep its floor of 0 and drop its ceiling.
        private static SpcBounds ReadBounds(Node spc, SpcBounds defaults)
        {
            var floorNode = spc.Optional("limits-floor");
            var ceilingNode = spc.Optional("limits-ceiling");
            var floor = floorNode is null ? defaults.Floor : floorNode.NumberOrNone(BoundExpected);
            var ceiling = ceilingNode is null ? defaults.Ceiling : ceilingNode.NumberOrNone(BoundExpected);
            if (floor < ceiling || floor is null || ceiling is null)
            {
                return new SpcBounds(floor, ceiling);
            }

            // The defaults are valid, so the plan set at least one of the two bounds.
            if (ceilingNode is not null)
            {
                var source = floorNode is null ? "the default limits floor" : "the limits floor";
                throw ceilingNode.Error("limits-ceiling", $"a number above {source} {Format(floor.Value)}, or none");
            }

            throw floorNode!.Error("limits-floor", $"a number below the default limits ceiling {Format(ceiling.Value)}, or none");
        }

        private const string BoundExpected = "a number in the indicator's unit, such as 0, or none";

        private static string Format(double bound) => bound.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

        private static List<int> FootnoteNumbers(Node? list, IReadOnlyDictionary<int, string> footnotes)
        {
            var numbers = new List<int>();
            foreach (var item in list?.Items() ?? [])
            {
                var number = item.Integer("footnote number", 1, 999);
                if (!footnotes.ContainsKey(number))
                {
                    throw item.Error("footnotes", $"a footnote number defined under the plan's footnotes ({string.Join(", ", footnotes.Keys.Order())})");
                }

                numbers.Add(number);
            }

            return numbers;
        }

        // A direction is a method name, or a mapping with the method and its setting: { method: tolerance, percent: 5 }.
        private static (DirectionMethodKind Kind, double TolerancePercent) ReadDirection(Node? node)
        {
            if (node is null)
            {
                return (DirectionMethodKind.Polarity, 0);
            }

            if (!node.IsMapping)
            {
                var kind = node.OneOf("direction", DirectionMethods);
                if (kind == DirectionMethodKind.ToleranceBand)
                {
                    throw node.Error("direction", "{ method: tolerance, percent: N }, because a tolerance band needs its width");
                }

                return (kind, 0);
            }

            var method = node.Required("method").OneOf("method", DirectionMethods);
            if (method != DirectionMethodKind.ToleranceBand)
            {
                node.AllowOnly("method");
                return (method, 0);
            }

            node.AllowOnly("method", "percent");
            return (method, node.Required("percent").Number("percent", 0, 100));
        }

        private MeasureDefinition ReadMeasure(Node node)
        {
            var kind = node.Required("kind").Text("measure kind");
            var measure = ReadMeasureOfKind(node, kind);
            var returns = node.Optional("returns")?.Text("monthly returns measure id");
            return returns is null ? measure : measure with { ReturnsId = returns };
        }

        private MeasureDefinition ReadMeasureOfKind(Node node, string kind)
        {
            switch (kind)
            {
                case "crimes":
                    node.AllowOnly("kind", "returns", "crime-types", "outcomes");
                    return new CrimeCountMeasure(CrimeTypes(node), node.Optional("outcomes")?.Items().Select(item => item.Text("outcome category")).ToList() ?? []);
                case "asb":
                    node.AllowOnly("kind", "returns");
                    return new AsbCountMeasure();
                case "solved":
                    node.AllowOnly("kind", "returns", "crime-types");
                    return new SolvedCountMeasure(CrimeTypes(node));
                case "ratio":
                    node.AllowOnly("kind", "returns", "numerator", "denominator");
                    return new RatioMeasure(ReadMeasure(node.Required("numerator")), ReadMeasure(node.Required("denominator")));
                case "difference":
                    node.AllowOnly("kind", "returns", "minuend", "subtrahend");
                    return new DifferenceMeasure(ReadMeasure(node.Required("minuend")), ReadMeasure(node.Required("subtrahend")));
                case "offences":
                    node.AllowOnly(OffenceKeys);
                    return new OffenceCountMeasure(ReadOffenceFilter(node));
                case "offences-solved":
                    node.AllowOnly(OffenceKeys);
                    return new OffenceSolvedMeasure(ReadOffenceFilter(node));
                case "repeat-victims":
                    node.AllowOnly(OffenceKeys);
                    return new RepeatVictimMeasure(ReadOffenceFilter(node), RepeatVictimCounting.Victims);
                case "repeat-victim-offences":
                    node.AllowOnly(OffenceKeys);
                    return new RepeatVictimMeasure(ReadOffenceFilter(node), RepeatVictimCounting.Offences);
                case "mean-days-to-outcome":
                    node.AllowOnly(OffenceKeys);
                    return new MeanDaysToOutcomeMeasure(ReadOffenceFilter(node));
                case "severity-score":
                    node.AllowOnly([.. OffenceKeys, "area"]);
                    return new SeverityScoreMeasure(ReadOffenceFilter(node), node.Optional("area")?.Text("population area"));
                case "calls":
                    node.AllowOnly("kind", "returns", "channel", "outcome");
                    return new CallCountMeasure(node.Optional("channel")?.Text("channel: 101, 999 or online"), node.Optional("outcome")?.OneOf("outcome", CallOutcomes) ?? CallOutcome.Any);
                case "call-wait":
                    node.AllowOnly("kind", "returns", "channel", "outcome");
                    return new CallWaitMeasure(node.Optional("channel")?.Text("channel: 101, 999 or online"), node.Optional("outcome")?.OneOf("outcome", CallOutcomes) ?? CallOutcome.Any);
                case "survey":
                    node.AllowOnly("kind", "returns", "question", "victim", "sex", "area");
                    return new SurveyProportionMeasure(
                        node.Required("question").Text("survey question, the column name in the survey file"),
                        new SurveyGroup(node.Optional("victim")?.OneOf("victim", YesNo), node.Optional("sex")?.Text("sex, such as F"), node.Optional("area")?.Text("area")));
                case "returns":
                    node.AllowOnly("kind", "id", "value");
                    return new ReturnsMeasure(node.Required("id").Text("monthly returns measure id"), node.Optional("value")?.OneOf("value", ValueKinds) ?? ValueKind.Sum);
                default:
                    throw node.Required("kind").Error("kind", $"one of {string.Join(", ", MeasureKinds)}", NearestName.Suggestion(kind, MeasureKinds));
            }
        }

        private static readonly string[] MeasureKinds =
        [
            "crimes", "asb", "solved", "ratio", "difference", "offences", "offences-solved", "repeat-victims", "repeat-victim-offences",
            "mean-days-to-outcome", "severity-score", "calls", "call-wait", "survey", "returns",
        ];

        private static readonly string[] OffenceKeys = ["kind", "returns", "flags", "codes", "victim-sex"];

        private static OffenceFilter ReadOffenceFilter(Node node) => new(
            node.Optional("flags")?.Items().Select(item => item.Text("flag, such as domestic-abuse")).ToList() ?? [],
            node.Optional("codes")?.Items().Select(item => item.Text("Home Office offence code, such as 8N")).ToList() ?? [],
            node.Optional("victim-sex")?.Text("victim sex, such as F"));

        private static List<string> CrimeTypes(Node node)
        {
            var types = new List<string>();
            foreach (var item in node.Optional("crime-types")?.Items() ?? [])
            {
                var name = item.Text("crime type");
                var canonical = PoliceUkCrimeTypes.Canonical(name);
                if (canonical is null || canonical == PoliceUkCrimeTypes.AntiSocialBehaviour)
                {
                    throw item.Error("crime-types", $"a police.uk crime type ({string.Join(", ", PoliceUkCrimeTypes.All.Skip(1))}); anti-social behaviour is counted with kind: asb");
                }

                types.Add(canonical);
            }

            return types;
        }

        /// <summary>Returns the error for a node that does not match <paramref name="expected"/>, ending with <paramref name="suggestion"/> when one is given.</summary>
        public ScorecardDataException Error(YamlNode node, string key, string expected, string? suggestion = null)
        {
            var found = node is YamlScalarNode scalar ? $"found '{scalar.Value}'" : $"found a {Describe(node)}";
            var message = $"{fileName} line {node.Start.Line}, key '{key}': {found}, expected {expected}.";
            return new ScorecardDataException(suggestion is null ? message : $"{message} {suggestion}");
        }

        public ScorecardDataException UnknownKey(YamlNode node, string name, string parentKey, IReadOnlyList<string> names)
        {
            var message = $"{fileName} line {node.Start.Line}: unknown key '{name}' under '{parentKey}', expected one of the keys {string.Join(", ", names)}.";
            return new ScorecardDataException(NearestName.Suggestion(name, names) is { } suggestion ? $"{message} {suggestion}" : message);
        }

        public ScorecardDataException Missing(YamlNode parent, string key, string context) =>
            new($"{fileName} line {parent.Start.Line}: the {context} has no '{key}' key. Add it.");

        private static string Describe(YamlNode node) => node switch
        {
            YamlMappingNode => "mapping",
            YamlSequenceNode => "list",
            _ => "value",
        };
    }

    /// <summary>A YAML node with the key it was found under, so errors can name both.</summary>
    private sealed class Node(Reader reader, YamlNode yaml, string key)
    {
        public ScorecardDataException Error(string errorKey, string expected, string? suggestion = null) => reader.Error(yaml, errorKey, expected, suggestion);

        public bool IsMapping => yaml is YamlMappingNode;

        public Node? Optional(string name)
        {
            var mapping = AsMapping();
            return mapping.Children.TryGetValue(new YamlScalarNode(name), out var child) ? new Node(reader, child, name) : null;
        }

        public Node Required(string name) => Optional(name) ?? throw reader.Missing(yaml, name, key);

        public void AllowOnly(params string[] names)
        {
            foreach (var child in AsMapping().Children.Keys)
            {
                var name = (child as YamlScalarNode)?.Value ?? "";
                if (!names.Contains(name))
                {
                    throw reader.UnknownKey(child, name, key, names);
                }
            }
        }

        public IEnumerable<Node> Items()
        {
            if (yaml is not YamlSequenceNode sequence)
            {
                throw Error(key, "a list");
            }

            return sequence.Children.Select(child => new Node(reader, child, key)).ToList();
        }

        public IEnumerable<(Node Key, Node Value)> Entries() =>
            AsMapping().Children.Select(pair => (new Node(reader, pair.Key, key), new Node(reader, pair.Value, key))).ToList();

        public string Text(string expected)
        {
            if (yaml is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }

            throw Error(key, expected);
        }

        public int Integer(string expected, int min, int max)
        {
            if (int.TryParse(Text(expected), out var number) && number >= min && number <= max)
            {
                return number;
            }

            throw Error(key, $"{expected}, a whole number from {min} to {max}");
        }

        public double Number(string expected, double min, double max)
        {
            if (double.TryParse(Text(expected), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
            {
                return number;
            }

            throw Error(key, $"{expected}, a number from {min} to {max}");
        }

        public double? NumberOrNone(string expected)
        {
            var text = Text(expected);
            if (text == "none")
            {
                return null;
            }

            if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            {
                return number;
            }

            throw Error(key, expected);
        }

        public bool Boolean(string expected) => Text(expected) switch
        {
            "true" or "yes" => true,
            "false" or "no" => false,
            _ => throw Error(key, "true or false"),
        };

        public ReportMonth Month()
        {
            if (ReportMonth.TryParse(Text("month"), out var month))
            {
                return month;
            }

            throw Error(key, "a month written yyyy-MM, such as 2019-12");
        }

        public T OneOf<T>(string expected, IReadOnlyDictionary<string, T> choices)
        {
            var text = Text(expected);
            if (choices.TryGetValue(text, out var value))
            {
                return value;
            }

            throw Error(key, $"one of {string.Join(", ", choices.Keys)}", NearestName.Suggestion(text, choices.Keys));
        }

        private YamlMappingNode AsMapping() => yaml as YamlMappingNode ?? throw Error(key, "a mapping of keys to values");
    }
}
