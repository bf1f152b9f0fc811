using Scorecard.Bench;

if (args.Length > 0 && args[0] == Worker.Flag)
{
    return Worker.Run(args[1..]);
}

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

#if DEBUG
Console.Error.WriteLine("Warning: this is a Debug build, so its timings understate Scorecard. Run with -c Release.");
#endif

var (options, error) = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine($"Error: {error}");
    return 2;
}

return new Benchmark(options).Run();
