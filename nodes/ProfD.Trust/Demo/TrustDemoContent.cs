namespace ProfD.Trust.Demo;

/// <summary>The demo trust's words: provocations, triangle names and community posts.</summary>
internal static class TrustDemoContent
{
    public static IReadOnlyList<string> Themes { get; } = ["oracy", "inclusion", "assessment for learning", "outdoor learning", "multilingual classrooms"];

    public const string ProvocationLink = "https://example.org/profd/provocations";

    public static IReadOnlyList<(string Title, string Text, string[] Themes)> Provocations { get; } =
    [
        ("Whose voice is heard?", "Record one lesson. Who speaks, for how long, and who never does? What would change if they did?", ["oracy", "inclusion"]),
        ("Feedback that moves learning", "Choose one kind of feedback you give every week. Follow five pupils: what do they do with it?", ["assessment for learning"]),
        ("The classroom without walls", "Teach one unit outside. What can pupils do there that they cannot do inside?", ["outdoor learning", "climate education"]),
        ("Many languages, one classroom", "Map the languages your pupils speak at home. How could each one be a resource in your subject?", ["multilingual classrooms"]),
        ("Mastery for every pupil", "Pick one topic pupils usually half-learn. What would it take for all of them to master it before moving on?", ["mathematics mastery"]),
        ("Reading before reading", "Watch three pupils who are not yet reading. What do they already do with print, pictures and stories?", ["early reading", "parental engagement"]),
        ("Screens that make thinkers", "List what pupils do on screens in your lessons for a week. Which of it asks them to think, make or question?", ["digital literacy"]),
        ("Questions pupils own", "Let pupils choose the question for one science enquiry. How do their questions differ from yours?", ["science enquiry", "wellbeing"]),
    ];

    public static IReadOnlyList<string> Replies { get; } =
    [
        "Greetings from Melbourne: I research *feedback* in year 8 science.",
        "Hello from Kampala! Our triangle visits are the highlight of the year.",
        "Greetings from London; I am looking at **talk partners** in reception.",
    ];

    public static IReadOnlyList<string> OracyReplies { get; } =
    [
        "Talk partners with sentence stems; the stems faded by spring, the habit did not.",
        "We tried *think-pair-share* in Luganda and English: pupils chose, and chose both.",
    ];

    private static readonly string[] Rivers = ["Thames", "Yarra", "Nile", "Severn", "Murray", "Victoria", "Mersey", "Derwent", "Kagera", "Avon"];

    public static string TriangleName(int index) => $"{Rivers[index % Rivers.Length]} triangle";
}
