// Types the C# compiler and the nullable analysis need, which netstandard2.0 does not define. Compiled
// for that target only (see the project file); every other target has them in the framework.
namespace System.Runtime.CompilerServices
{
    /// <summary>Marks init-only setters (records, <c>init</c> accessors).</summary>
    internal static class IsExternalInit
    {
    }
}

namespace System.Diagnostics.CodeAnalysis
{
    /// <summary>The method never returns normally (it always throws).</summary>
    [AttributeUsage(AttributeTargets.Method, Inherited = false)]
    internal sealed class DoesNotReturnAttribute : Attribute
    {
    }

    /// <summary>The out parameter is not null when the method returns <see cref="ReturnValue"/>.</summary>
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    internal sealed class NotNullWhenAttribute : Attribute
    {
        public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

        public bool ReturnValue { get; }
    }
}
