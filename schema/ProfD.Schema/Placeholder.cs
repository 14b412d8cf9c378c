namespace ProfD.Schema; internal static class Placeholder {}
