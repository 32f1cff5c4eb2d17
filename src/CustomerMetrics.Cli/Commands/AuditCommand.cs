using System.Collections.Generic;
using System.CommandLine;
using CustomerMetrics.Cli.Input;
using CustomerMetrics.Cli.Output;
using CustomerMetrics.Internal;

namespace CustomerMetrics.Cli.Commands;

/// <summary><c>customer-metrics audit CHECKLIST AUDITS</c>: the audit index of mystery-shopping audits.</summary>
internal static class AuditCommand
{
    internal static Command Build(CliConsole console)
    {
        var command = CommandHelp.Create(
            "audit",
            "The audit index of mystery-shopping audits against a checklist.",
            "The audit index of hidden audits (mystery shopping): the weight of the items fulfilled divided by the weight of all items that apply, per audit, per touchpoint, per period and per department. CHECKLIST is JSON ({\"items\": [{\"id\", \"text\", \"section\", \"weight\", \"critical\"}]}) or CSV with the header id,text[,section][,weight][,critical]. AUDITS has one row per answered item: audit, item, outcome (passed, failed or na) and optionally period and department; every audit answers every item once.");
        var checklistFile = new Argument<string>("CHECKLIST") { Description = "The checklist (.json, or CSV)." };
        var auditsFile = new Argument<string>("AUDITS") { Description = "The answers, one row per audit and item (- for standard input)." };
        var knockOut = new Option<bool>("--knock-out") { Description = "A failed critical item sets the audit's index to 0." };
        var target = new Option<string?>("--target") { Description = "The KPI target index, e.g. 0.9, checked against the weighted, pooled index.", HelpName = "T" };
        command.Arguments.Add(checklistFile);
        command.Arguments.Add(auditsFile);
        command.Options.Add(knockOut);
        command.Options.Add(target);
        var input = new InputOptions(command, readsFiles: true);
        var output = new OutputOptions(command, hasMoney: false);

        command.SetAction(result =>
        {
            InputSettings settings = input.Read(result);
            OutputSettings outputSettings = output.Read(result);
            double? goal = OptionValues.Share(result, target, settings, "0.9");
            AuditChecklist checklist = ReadChecklist(result.GetRequiredValue(checklistFile), console, settings);
            Table table = InputFile.ReadTable(result.GetRequiredValue(auditsFile), console, settings, hasHeader: true);
            IReadOnlyList<AuditRecord> audits = AuditAnswers.Read(table, checklist);
            ReportSection section = AuditSections.Summary($"Audit index: {table.Name}", checklist, audits, result.GetValue(knockOut), goal);
            ReportOutput.Write([section], outputSettings, console, section.Title);
            return 0;
        });
        return command;
    }

    /// <summary>A checklist from JSON (the library's reader) or CSV (read like every other file: delimiter, decimal commas).</summary>
    internal static AuditChecklist ReadChecklist(string path, CliConsole console, InputSettings settings)
    {
        string name = InputFile.DisplayName(path);
        if (settings.KindOf(path) == InputKind.Json)
        {
            try
            {
                return AuditChecklist.FromJson(InputFile.ReadAllText(path, console));
            }
            catch (InputFormatException error)
            {
                string place = (error.Line, error.Column) switch
                {
                    ({ } line, { } column) => $":{line}:{column}",
                    ({ } line, null) => $":{line}",
                    _ => string.Empty,
                };
                throw new CliException($"{name}{place}: {error.Reason}");
            }
        }

        Table table = InputFile.ReadTable(path, console, settings, hasHeader: true);
        int id = table.Column("id");
        int text = table.Column("text");
        int? section = table.OptionalColumn("section");
        int? weight = table.OptionalColumn("weight");
        int? critical = table.OptionalColumn("critical");
        var items = new List<AuditChecklistItem>(table.Rows.Count);
        foreach (TableRow row in table.Rows)
        {
            bool isCritical = false;
            if (critical is { } c && table.Text(row, c).Length > 0 && !AuditChecklist.TryParseFlag(table.Text(row, c), out isCritical))
            {
                throw table.Error(row, c, $"'{TextInput.ForMessage(table.Text(row, c))}' is not a critical flag (true/false, yes/no, 1/0)");
            }

            string? sectionName = section is { } s && table.Text(row, s).Length > 0 ? table.Text(row, s) : null;
            items.Add(new AuditChecklistItem(table.Text(row, id), table.Text(row, text), sectionName, table.Double(row, weight, 1), isCritical));
        }

        try
        {
            // The library's checks, placed at the row of the item they are about.
            return AuditChecklist.Build(items, index => (table.Rows[index].Number, null));
        }
        catch (InputFormatException error)
        {
            throw new CliException(error.Line is { } line ? $"{name}:{line}: {error.Reason}" : $"{name}: {error.Reason}");
        }
    }
}
