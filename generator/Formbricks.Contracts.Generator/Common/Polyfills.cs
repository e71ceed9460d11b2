// Language features the generator uses that netstandard2.0 does not declare.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}
