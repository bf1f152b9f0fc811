using System.Diagnostics;
using System.Globalization;

namespace Scorecard.Bench;

/// <summary>Timings of one method on one input.</summary>
/// <param name="Input">Input read.</param>
/// <param name="Method">Method run.</param>
/// <param name="Runs">Timed runs, in the order they ran.</param>
internal sealed record MethodSummary(BenchInput Input, ImportMethod Method, IReadOnlyList<RunResult> Runs)
{
    /// <summary>Median wall-clock seconds of the timed runs.</summary>
    public double MedianSeconds => Median(Runs.Select(run => run.Seconds));

    /// <summary>Rows stored by the runs; every run of a method stores the same number.</summary>
    public long Rows => Runs[0].Rows;

    /// <summary>Median processor seconds of the timed runs, summed over threads.</summary>
    public double MedianCpuSeconds => Median(Runs.Select(run => run.CpuSeconds));

    /// <summary>Median working set in bytes at the start of the timed runs: the runtime, loaded code and what the warm-up left.</summary>
    public long MedianStartWorkingSet => (long)Median(Runs.Select(run => (double)run.StartWorkingSet));

    /// <summary>Rows per second at the median time.</summary>
    public double RowsPerSecond => Rows / MedianSeconds;

    /// <summary>Largest peak working set of the timed runs, in bytes.</summary>
    public long PeakWorkingSet => Runs.Max(run => run.PeakWorkingSet);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}

/// <summary>
/// Runs every method on every input and prints the results. Each input gets one untimed warm-up run
/// per method (which also brings its files into the page cache), then <see cref="BenchOptions.Runs"/>
/// rounds. A round runs each method once, and the order rotates from round to round, so a burst of
/// load from other processes does not always land on the same method.
/// </summary>
internal sealed class Benchmark(BenchOptions options)
{
    /// <summary>Scorecard's import passes when its rows per second are at least this share of typed read_csv's.</summary>
    public const double TargetRatio = 0.5;

    /// <summary>Runs the benchmark; returns 0 when every input meets the target and 1 when one misses it.</summary>
    public int Run()
    {
        Console.WriteLine("# Scorecard police.uk import benchmark");
        Console.WriteLine();
        Console.WriteLine($"Date: {DateTime.Now:yyyy-MM-dd HH:mm} (local)");
        foreach (var (label, value) in MachineInfo.Describe())
        {
            Console.WriteLine($"{label}: {value}");
        }

        Console.WriteLine($"Load average (1, 5, 15 min) at start: {MachineInfo.LoadAverage()}");
        Console.WriteLine($"Timed runs per method and input: {options.Runs} (median reported), after 1 untimed warm-up run each");
        Console.WriteLine($"Untimed loads of the Essex sample in each run's process before its timed load: {options.WarmUps}");
        Console.WriteLine();

        var total = Stopwatch.StartNew();
        var preparing = Stopwatch.StartNew();
        var inputsFolder = Path.Combine(options.WorkFolder, "inputs");
        var (sample, repeated) = BenchInputs.Prepare(options.SamplePath, inputsFolder, options.Rows);
        Console.WriteLine($"Inputs in {inputsFolder} (prepared in {preparing.Elapsed.TotalSeconds:0.0} s):");
        foreach (var input in new[] { sample, repeated })
        {
            Console.WriteLine($"  {input.Name}: {input.Files} files, {input.Rows:N0} rows, {input.Bytes / 1e6:N1} MB");
        }

        Console.WriteLine();
        Console.WriteLine($"read_csv typed SQL: {ImportMethods.Sql(ImportMethod.ReadCsvTyped, "<input>")}");
        Console.WriteLine($"read_csv guessed SQL: {ImportMethods.Sql(ImportMethod.ReadCsvGuessed, "<input>")}");
        Console.WriteLine();
        ImportMethod[] methods = options.Guessed
            ? [ImportMethod.Scorecard, ImportMethod.ReadCsvTyped, ImportMethod.ReadCsvGuessed]
            : [ImportMethod.Scorecard, ImportMethod.ReadCsvTyped];
        var databaseFolder = Path.Combine(options.WorkFolder, $"run-{Environment.ProcessId}");
        var summaries = new List<MethodSummary>();
        try
        {
            foreach (var input in new[] { sample, repeated })
            {
                summaries.AddRange(Measure(input, sample, methods, databaseFolder));
            }
        }
        finally
        {
            if (Directory.Exists(databaseFolder))
            {
                Directory.Delete(databaseFolder, recursive: true);
            }
        }

        Console.WriteLine($"Load average (1, 5, 15 min) at end: {MachineInfo.LoadAverage()}");
        Console.WriteLine();
        var allPass = PrintResults(summaries, [sample, repeated]);

        Finish(inputsFolder, total);
        return allPass ? 0 : 1;
    }

    private void Finish(string inputsFolder, Stopwatch total)
    {
        if (!options.KeepInputs)
        {
            Directory.Delete(inputsFolder, recursive: true);
        }

        Console.WriteLine();
        Console.WriteLine($"Benchmark took {total.Elapsed.TotalMinutes:0.0} min.");
    }

    private List<MethodSummary> Measure(BenchInput input, BenchInput warmUp, IReadOnlyList<ImportMethod> methods, string databaseFolder)
    {
        Console.WriteLine($"## {input.Name}");
        foreach (var method in methods)
        {
            var run = Worker.RunInChildProcess(method, input.Folder, warmUp.Folder, options.WarmUps, databaseFolder);
            Console.WriteLine($"  warm-up  {ImportMethods.Label(method),-20} {run.Seconds,8:0.000} s");
        }

        var runs = methods.ToDictionary(method => method, _ => new List<RunResult>());
        for (var round = 0; round < options.Runs; round++)
        {
            for (var i = 0; i < methods.Count; i++)
            {
                var method = methods[(i + round) % methods.Count];
                var run = Worker.RunInChildProcess(method, input.Folder, warmUp.Folder, options.WarmUps, databaseFolder);
                runs[method].Add(run);
                var reading = run.ReadSeconds is { } readSeconds ? $"  reading {readSeconds:0.000} s" : "";
                Console.WriteLine($"  run {round + 1,-4} {ImportMethods.Label(method),-20} {run.Seconds,8:0.000} s  {run.Rows,12:N0} rows  CPU {run.CpuSeconds,7:0.0} s  peak {Mebibytes(run.PeakWorkingSet)}  load {MachineInfo.LoadAverage()}{reading}");
            }
        }

        Console.WriteLine();
        return methods.Select(method => new MethodSummary(input, method, runs[method])).ToList();
    }

    // Prints one table for all inputs and a verdict per input; returns whether every input met the target.
    private static bool PrintResults(IReadOnlyList<MethodSummary> summaries, IReadOnlyList<BenchInput> inputs)
    {
        Console.WriteLine("## Results");
        Console.WriteLine();
        Console.WriteLine("| input | method | rows | median s | min–max s | rows/s | vs read_csv typed | CPU s | peak working set (at start) | database |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        var allPass = true;
        var verdicts = new List<string>();
        foreach (var input in inputs)
        {
            var forInput = summaries.Where(summary => summary.Input == input).ToList();
            var typed = forInput.Single(summary => summary.Method == ImportMethod.ReadCsvTyped);
            foreach (var summary in forInput)
            {
                var seconds = summary.Runs.Select(run => run.Seconds).ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {input.Name} | {ImportMethods.Label(summary.Method)} | {summary.Rows:N0} | {summary.MedianSeconds:0.000} | {seconds.Min():0.000}–{seconds.Max():0.000} | {summary.RowsPerSecond:N0} | {summary.RowsPerSecond / typed.RowsPerSecond:0.00} | {summary.MedianCpuSeconds:0.0} | {Mebibytes(summary.PeakWorkingSet)} ({Mebibytes(summary.MedianStartWorkingSet)}) | {summary.Runs[0].DatabaseBytes / 1e6:N1} MB |"));
            }

            var scorecard = forInput.Single(summary => summary.Method == ImportMethod.Scorecard);
            var ratio = scorecard.RowsPerSecond / typed.RowsPerSecond;
            var pass = ratio >= TargetRatio;
            allPass &= pass;
            verdicts.Add(string.Create(CultureInfo.InvariantCulture,
                $"{input.Name}: Scorecard / read_csv typed = {ratio:0.00} (target at least {TargetRatio:0.00}): {(pass ? "PASS" : "FAIL")}"));

            foreach (var summary in forInput.Where(summary => summary.Rows != input.Rows))
            {
                verdicts.Add($"WARNING: {ImportMethods.Label(summary.Method)} stored {summary.Rows:N0} rows of {input.Name}, whose files hold {input.Rows:N0}.");
            }

            if (scorecard.Runs[0].BadRows > 0)
            {
                verdicts.Add($"WARNING: Scorecard rejected {scorecard.Runs[0].BadRows:N0} rows of {input.Name}.");
            }
        }

        PrintPhases(summaries);
        Console.WriteLine();
        if (!summaries.All(summary => summary.Runs.All(run => run.PeakIsPerRun)))
        {
            Console.WriteLine("NOTE: the peak working set could not be reset, so it includes each worker's warm-up run.");
        }

        foreach (var verdict in verdicts)
        {
            Console.WriteLine(verdict);
        }

        Console.WriteLine(allPass ? "PASS" : "FAIL");
        return allPass;
    }

    // The importer reads and checks every file into a staging database, then stores the rows in one
    // transaction. The split shows which phase a change to the importer should aim at.
    private static void PrintPhases(IReadOnlyList<MethodSummary> summaries)
    {
        Console.WriteLine();
        Console.WriteLine("Scorecard importer by phase (the run with the median total):");
        Console.WriteLine();
        Console.WriteLine("| input | total s | reading and checking files s | storing s |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var summary in summaries.Where(summary => summary.Method == ImportMethod.Scorecard))
        {
            var median = summary.Runs.OrderBy(run => run.Seconds).ElementAt(summary.Runs.Count / 2);
            var reading = median.ReadSeconds ?? double.NaN;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {summary.Input.Name} | {median.Seconds:0.000} | {reading:0.000} | {median.Seconds - reading:0.000} |"));
        }
    }

    private static string Mebibytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):N0} MiB");
}
