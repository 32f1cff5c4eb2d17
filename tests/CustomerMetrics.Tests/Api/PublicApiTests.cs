using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace CustomerMetrics.Tests.Api;

/// <summary>
/// Snapshots the library's public API, so that every change to it shows up in review as a diff of
/// <c>PublicApi.approved.txt</c>. When the API changes on purpose, copy the <c>.received.txt</c> file
/// this test writes over the approved one.
/// </summary>
public class PublicApiTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Theory]
    [InlineData("CustomerMetrics", "PublicApi")]
    [InlineData("CustomerMetrics.Data", "PublicApi.Data")]
    public void PublicApi_MatchesApprovedSnapshot(string assemblyName, string snapshot)
    {
        string directory = Path.Combine(Repository.Root, "tests", "CustomerMetrics.Tests", "Api");
        string approvedPath = Path.Combine(directory, snapshot + ".approved.txt");
        string receivedPath = Path.Combine(directory, snapshot + ".received.txt");
        string received = Describe(Assembly.Load(assemblyName));
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r", string.Empty, StringComparison.Ordinal) : string.Empty;

        if (received != approved)
        {
            File.WriteAllText(receivedPath, received);
            Assert.Fail($"The public API changed. Review {receivedPath} and, if the change is intended, copy it over {approvedPath}.");
        }

        File.Delete(receivedPath);
    }

    [Fact]
    public void PublicTypes_LiveInTheRootNamespace()
    {
        Assert.All(typeof(Nps).Assembly.GetExportedTypes(), type => Assert.Equal("CustomerMetrics", type.Namespace));
        Assert.All(typeof(CustomerMetrics.Data.SqlTallies).Assembly.GetExportedTypes(), type => Assert.Equal("CustomerMetrics.Data", type.Namespace));
    }

    private static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (Type type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add(TypeHeader(type));
            IEnumerable<string> members = type.GetMembers(Declared)
                .Where(member => !IsHidden(member))
                .Select(member => "    " + MemberLine(member))
                .Distinct()
                .OrderBy(line => line, StringComparer.Ordinal);
            lines.AddRange(members);
        }

        return string.Join("\n", lines) + "\n";
    }

    private static bool IsHidden(MemberInfo member) =>
        member.Name.StartsWith('<')
        || (member is MethodInfo method && method.IsSpecialName && !method.Name.StartsWith("op_", StringComparison.Ordinal))
        || (member is FieldInfo field && field.IsSpecialName)
        || member is Type;

    private static string TypeHeader(Type type)
    {
        string kind = type.IsEnum ? "enum"
            : type.IsInterface ? "interface"
            : type.IsValueType ? (type.GetCustomAttributes().Any(a => a.GetType().Name == "IsReadOnlyAttribute") ? "readonly struct" : "struct")
            : type.IsAbstract && type.IsSealed ? "static class"
            : type.IsSealed ? "sealed class"
            : "class";
        var bases = new List<string>();
        if (type.IsClass && type.BaseType is { } baseType && baseType != typeof(object))
        {
            bases.Add(Name(baseType));
        }

        bases.AddRange(type.GetInterfaces().Select(Name).OrderBy(n => n, StringComparer.Ordinal));
        return $"{kind} {Name(type)}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty)}";
    }

    private static string MemberLine(MemberInfo member) => member switch
    {
        ConstructorInfo constructor => $"{Static(constructor)}.ctor({Parameters(constructor)})",
        MethodInfo method => $"{Static(method)}{Name(method.ReturnType)} {method.Name}{GenericArguments(method)}({Parameters(method)})",
        PropertyInfo property => $"{(property.GetMethod?.IsStatic == true ? "static " : string.Empty)}{Name(property.PropertyType)} {property.Name}{Indexer(property)} {{ {Accessors(property)}}}",
        FieldInfo field when field.DeclaringType!.IsEnum => $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}",
        FieldInfo field => $"{(field.IsLiteral ? "const " : field.IsStatic ? "static " : string.Empty)}{(field.IsInitOnly ? "readonly " : string.Empty)}{Name(field.FieldType)} {field.Name}",
        EventInfo @event => $"event {Name(@event.EventHandlerType!)} {@event.Name}",
        _ => member.ToString()!,
    };

    private static string Static(MethodBase method) => method.IsStatic ? "static " : string.Empty;

    private static string GenericArguments(MethodInfo method) =>
        method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

    private static string Indexer(PropertyInfo property)
    {
        ParameterInfo[] index = property.GetIndexParameters();
        return index.Length == 0 ? string.Empty : "[" + string.Join(", ", index.Select(p => $"{Name(p.ParameterType)} {p.Name}")) + "]";
    }

    private static string Accessors(PropertyInfo property) =>
        (property.GetMethod?.IsPublic == true ? "get; " : string.Empty)
        + (property.SetMethod?.IsPublic == true
            ? (property.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") ? "init; " : "set; ")
            : string.Empty);

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p =>
            (p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : string.Empty)
            + Name(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType)
            + " " + p.Name
            + (p.HasDefaultValue ? " = " + DefaultValue(p.DefaultValue) : string.Empty)));

    private static string DefaultValue(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        string name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : (type.Namespace == "CustomerMetrics" ? type.Name : type.FullName ?? type.Name);
        if (type.IsGenericType)
        {
            string plain = name.Contains('`', StringComparison.Ordinal) ? name[..name.IndexOf('`', StringComparison.Ordinal)] : name;
            if (!type.IsNested && type.Namespace is not null && type.Namespace != "CustomerMetrics")
            {
                plain = type.Namespace + "." + type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            }

            return plain + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
        }

        return name;
    }
}
