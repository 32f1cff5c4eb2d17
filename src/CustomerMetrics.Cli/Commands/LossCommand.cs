using System;
using System.Collections.Generic;
using System.IO;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Internal;
using CsvRecord = CustomerMetrics.Cli.Input.CsvRecord;
using CustomerMetrics.Cli.Output;

namespace CustomerMetrics.Cli.Commands;

/// <summary><c>customer-metrics loss</c>: what losing one client costs, or the expected loss of a client base.</summary>
internal static class LossCommand
{
    internal const string Help = """
        Usage: customer-metrics loss --purchases P --years T --margin M [options]
               customer-metrics loss --clients FILE [--top N] [--format F]

        One client: what losing them costs over T years, with the year-by-year schedule. The
        sources' example: --purchases 10000 --increase 2000 --years 5 --margin 0.2 gives 70 000
        of lost sales and 14 000 of lost profit.

        Options for one client:
          --purchases P         what the client buys in the first year (required)
          --years T             the horizon, 1 to 100 years (required)
          --margin M            net margin as a share of sales, e.g. 0.2 (required)
          --increase I          linear growth: how much more they buy each year (may be negative)
          --growth-rate G       geometric growth: purchases × (1 + G) each year (not with --increase)
          --discount D          yearly discount rate for the present value, e.g. 0.1 (default 0)
          --timing T            end (default) or start: when each year's amount is paid
          --retention R         probability the client would have stayed each year (default 1)
          --acquisition-cost C  what finding a replacement client costs (default 0)

        A client base (--clients FILE): CSV with a header and the columns id, purchases, years,
        margin, churn (required) and increase, growth_rate, discount, timing, retention,
        acquisition_cost (optional; empty cells take the defaults). Prints the totals, the
        expected loss (churn × cost) and the --top N clients at risk (default 10).

          --format F            table (default), json or csv
        """;

    private static readonly IReadOnlyDictionary<string, PaymentTiming> TimingNames = new Dictionary<string, PaymentTiming>
    {
        ["end"] = PaymentTiming.EndOfYear,
        ["start"] = PaymentTiming.StartOfYear,
    };

    private static readonly IReadOnlyDictionary<string, string> OptionOfProperty = new Dictionary<string, string>
    {
        [nameof(ClientLossScenario.AnnualPurchases)] = "--purchases",
        [nameof(ClientLossScenario.AnnualIncrease)] = "--increase",
        [nameof(ClientLossScenario.AnnualGrowthRate)] = "--growth-rate",
        [nameof(ClientLossScenario.Years)] = "--years",
        [nameof(ClientLossScenario.NetMargin)] = "--margin",
        [nameof(ClientLossScenario.DiscountRate)] = "--discount",
        [nameof(ClientLossScenario.RetentionProbability)] = "--retention",
        [nameof(ClientLossScenario.AcquisitionCost)] = "--acquisition-cost",
        [nameof(ClientLossScenario.Timing)] = "--timing",
        ["scenario"] = "the options",
    };

    private static readonly IReadOnlyDictionary<string, string> ColumnOfProperty = new Dictionary<string, string>
    {
        [nameof(ClientLossScenario.AnnualPurchases)] = "purchases",
        [nameof(ClientLossScenario.AnnualIncrease)] = "increase",
        [nameof(ClientLossScenario.AnnualGrowthRate)] = "growth_rate",
        [nameof(ClientLossScenario.Years)] = "years",
        [nameof(ClientLossScenario.NetMargin)] = "margin",
        [nameof(ClientLossScenario.DiscountRate)] = "discount",
        [nameof(ClientLossScenario.RetentionProbability)] = "retention",
        [nameof(ClientLossScenario.AcquisitionCost)] = "acquisition_cost",
        [nameof(ClientLossScenario.Timing)] = "timing",
    };

    internal static int Run(IReadOnlyList<string> args, TextReader input, TextWriter output)
    {
        Arguments arguments = Arguments.Parse("loss", args, new HashSet<string>());
        OutputFormat format = arguments.Format();
        string? clientsFile = arguments.Option("clients");
        if (clientsFile is not null)
        {
            double top = arguments.DoubleOption("top", 10);
            arguments.EnsureAllUsed(maxPositional: 0);
            if (top < 0 || top != Math.Floor(top) || top > int.MaxValue)
            {
                throw new CliException($"loss: --top should be a whole number of clients, 0 or more; got {arguments.Option("top")}");
            }

            ReportWriter.Write(output, [Portfolio(clientsFile, (int)top, input)], format);
            return 0;
        }

        ClientLossScenario scenario = ScenarioFromOptions(arguments);
        arguments.EnsureAllUsed(maxPositional: 0);
        ClientLossResult result;
        try
        {
            result = ClientLoss.Calculate(scenario);
        }
        catch (ArgumentException error)
        {
            string option = error.ParamName is { } name && OptionOfProperty.TryGetValue(name, out string? mapped) ? mapped : "the options";
            throw new CliException($"loss: {option}: {Preconditions.Sentence(error)}");
        }

        ReportWriter.Write(output, [LossSections.OneClient("Cost of losing a client", scenario, result)], format);
        return 0;
    }

    private static ClientLossScenario ScenarioFromOptions(Arguments arguments)
    {
        decimal? purchases = arguments.DecimalOption("purchases");
        double? years = arguments.DoubleOption("years");
        decimal? margin = arguments.DecimalOption("margin");
        var scenario = new ClientLossScenario
        {
            AnnualIncrease = arguments.DecimalOption("increase") ?? 0,
            AnnualGrowthRate = arguments.DoubleOption("growth-rate", 0),
            DiscountRate = arguments.DoubleOption("discount", 0),
            Timing = arguments.EnumOption("timing", PaymentTiming.EndOfYear, TimingNames),
            RetentionProbability = arguments.DoubleOption("retention", 1),
            AcquisitionCost = arguments.DecimalOption("acquisition-cost") ?? 0,
        };
        if (purchases is null || years is null || margin is null)
        {
            throw new CliException("loss: give --purchases, --years and --margin for one client, or --clients FILE (see 'customer-metrics loss --help')");
        }

        if (years != Math.Floor(years.Value) || years < int.MinValue || years > int.MaxValue)
        {
            throw new CliException($"loss: --years should be a whole number of years; got {arguments.Option("years")}");
        }

        return scenario with { AnnualPurchases = purchases.Value, Years = (int)years.Value, NetMargin = margin.Value };
    }

    private static ReportSection Portfolio(string path, int top, TextReader input)
    {
        string name = InputSource.DisplayName(path);
        HeaderedCsv csv;
        using (TextReader reader = InputSource.Open(path, input))
        {
            csv = HeaderedCsv.Read(reader, name);
        }

        int id = csv.Required("id");
        int purchases = csv.Required("purchases");
        int years = csv.Required("years");
        int margin = csv.Required("margin");
        int churn = csv.Required("churn");
        int? increase = csv.Optional("increase");
        int? growthRate = csv.Optional("growth_rate");
        int? discount = csv.Optional("discount");
        int? timing = csv.Optional("timing");
        int? retention = csv.Optional("retention");
        int? acquisitionCost = csv.Optional("acquisition_cost");

        var clients = new List<PortfolioClient>(csv.Rows.Count);
        foreach (CsvRecord row in csv.Rows)
        {
            string timingText = timing is { } t ? csv.Text(row, t).ToLowerInvariant() : string.Empty;
            if (timingText.Length > 0 && !TimingNames.ContainsKey(timingText))
            {
                throw csv.Error(row, timing!.Value, $"'{csv.Text(row, timing.Value)}' is not a payment timing (end or start)");
            }

            var scenario = new ClientLossScenario
            {
                AnnualPurchases = csv.Decimal(row, purchases, 0),
                AnnualIncrease = csv.Decimal(row, increase, 0),
                AnnualGrowthRate = csv.Double(row, growthRate, 0),
                Years = csv.Int(row, years, 0),
                NetMargin = csv.Decimal(row, margin, 0),
                DiscountRate = csv.Double(row, discount, 0),
                Timing = timingText.Length > 0 ? TimingNames[timingText] : PaymentTiming.EndOfYear,
                RetentionProbability = csv.Double(row, retention, 1),
                AcquisitionCost = csv.Decimal(row, acquisitionCost, 0),
            };
            double churnProbability = csv.Double(row, churn, double.NaN);
            if (!(churnProbability >= 0 && churnProbability <= 1))
            {
                throw csv.Error(row, churn, $"churn should be a probability in [0, 1]; got '{csv.Text(row, churn)}'");
            }

            try
            {
                ClientLoss.Validate(scenario);
            }
            catch (ArgumentException error)
            {
                // Point at the cell of the property the library names.
                int column = error.ParamName is { } property && ColumnOfProperty.TryGetValue(property, out string? columnName)
                    ? csv.Optional(columnName) ?? purchases
                    : purchases;
                throw csv.Error(row, column, Preconditions.Sentence(error));
            }

            clients.Add(new PortfolioClient(csv.Text(row, id), scenario, churnProbability));
        }

        try
        {
            return LossSections.Portfolio($"Expected loss over a client base: {name}", ClientLoss.Portfolio(clients, top));
        }
        catch (ArgumentException error)
        {
            throw new CliException($"{name}: {Preconditions.Sentence(error)}"); // decimal range exceeded by the totals
        }
    }
}
