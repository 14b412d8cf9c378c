using System.Security.Cryptography;
using System.Text;
using ProfD.Node.Schools;

namespace ProfD.Node.Demo;

/// <summary>
/// The demo federation's three institutions, written by hand, and a generated profile for any other code, so a node
/// for any institution can show realistic data.
/// </summary>
internal static class DemoInstitutions
{
    private static readonly DemoNamePool English = new(
        ["Amelia", "Oliver", "Priya", "James", "Fatima", "Thomas", "Chloe", "Mohammed", "Hannah", "Daniel"],
        ["Patel", "Thompson", "O'Connor", "Begum", "Clarke", "Hughes", "Okafor", "Nowak", "Williams", "Khan", "Evans", "Ahmed", "Robinson"],
        ["pl", "ur", "bn", "so", "fr"]);

    private static readonly DemoNamePool Ghanaian = new(
        ["Kwame", "Ama", "Kofi", "Abena", "Yaw", "Akosua", "Kojo", "Efua", "Kwabena", "Adwoa"],
        ["Mensah", "Owusu", "Boateng", "Asante", "Osei", "Appiah", "Darko", "Agyeman", "Ofori", "Amponsah", "Quaye"],
        ["tw", "ee", "gaa"]);

    private static readonly DemoNamePool Australian = new(
        ["Charlotte", "Jack", "Mei", "Lachlan", "Olivia", "Hamish", "Sienna", "Arjun", "Matilda", "Cooper"],
        ["Nguyen", "Smith", "Papadopoulos", "Wilson", "Rossi", "Chen", "Kelly", "Brown", "Singh", "Taylor", "Murphy", "Tran", "Jones"],
        ["vi", "zh", "el", "it", "ar"]);

    private static readonly DemoNamePool Fijian = new(
        ["Litia", "Josefa", "Mereani", "Ilaisa", "Salote", "Viliame", "Ana", "Sakiusa", "Priya", "Ravinesh"],
        ["Waqa", "Naidu", "Raikadroka", "Tora", "Prasad", "Delana", "Kumar", "Qalo", "Lal", "Vakacegu", "Chand"],
        ["fj", "hif"]);

    private static readonly DemoNamePool Ugandan = new(
        ["Grace", "Joseph", "Esther", "Moses", "Sarah", "Emmanuel", "Harriet", "Patrick", "Agnes", "Samuel"],
        ["Nakato", "Okello", "Namubiru", "Mugisha", "Achieng", "Ssempala", "Atim", "Tumusiime", "Nabirye", "Kato", "Akello", "Byaruhanga", "Nansubuga"],
        ["lg", "sw", "ach", "nyn", "teo"]);

    private static readonly DemoNamePool Rwandan = new(
        ["Aline", "Jean", "Claudine", "Eric", "Diane", "Innocent", "Josiane", "Olivier", "Vestine", "Fabrice"],
        ["Uwimana", "Habimana", "Mukamana", "Niyonzima", "Ndayisaba", "Ingabire", "Nshimiyimana", "Uwase", "Mugabo", "Iradukunda", "Kamanzi"],
        ["rw", "fr", "sw"]);

    /// <summary>The codes of the demo federation's institutions.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["uclioe", "unimelb", "makerere"];

    private static readonly Dictionary<string, DemoInstitution> Known = new(StringComparer.Ordinal)
    {
        ["uclioe"] = new("uclioe", "UCL Institute of Education", "GB",
        [
            new("Elmhurst Primary School", "London", "GB", Economy.Developed, "elmhurst.newham.sch.uk", English),
            new("St Aidan's Church of England Academy", "Manchester", "GB", Economy.Developed, "staidans.manchester.sch.uk", English),
            new("Castle Mead Secondary School", "Birmingham", "GB", Economy.Developed, "castlemead.bham.sch.uk", English),
            new("Riverside Community Primary School", "Bristol", "GB", Economy.Developed, "riverside-community.bristol.sch.uk", English),
            new("Harbour View Academy", "Plymouth", "GB", Economy.Developed, "harbourview.plymouth.sch.uk", English),
            new("Labone Hills Basic School", "Accra", "GH", Economy.Developing, "labonehills.edu.gh", Ghanaian),
        ], 0),
        ["unimelb"] = new("unimelb", "University of Melbourne", "AU",
        [
            new("Wattle Grove Primary School", "Melbourne", "AU", Economy.Developed, "wattlegrove.vic.edu.au", Australian),
            new("Corio Bay Secondary College", "Geelong", "AU", Economy.Developed, "coriobay.vic.edu.au", Australian),
            new("Eureka Hill Primary School", "Ballarat", "AU", Economy.Developed, "eurekahill.vic.edu.au", Australian),
            new("Campaspe River College", "Bendigo", "AU", Economy.Developed, "campasperiver.vic.edu.au", Australian),
            new("Darebin Valley Secondary College", "Melbourne", "AU", Economy.Developed, "darebinvalley.vic.edu.au", Australian),
            new("Tamavua Heights Primary School", "Suva", "FJ", Economy.Developing, "tamavuaheights.edu.fj", Fijian),
        ], 8),
        ["makerere"] = new("makerere", "Makerere University", "UG",
        [
            new("Kawempe Hill Primary School", "Kampala", "UG", Economy.Developing, "kawempehill.sc.ug", Ugandan),
            new("Gulu Highway Secondary School", "Gulu", "UG", Economy.Developing, "guluhighway.sc.ug", Ugandan),
            new("Mbarara Hilltop Primary School", "Mbarara", "UG", Economy.Developing, "mbararahilltop.sc.ug", Ugandan),
            new("Jinja Lakeside College", "Jinja", "UG", Economy.Developing, "jinjalakeside.sc.ug", Ugandan),
            new("Elgon View Primary School", "Mbale", "UG", Economy.Developing, "elgonview.sc.ug", Ugandan),
            new("Kicukiro Hillside School", "Kigali", "RW", Economy.Developing, "kicukirohillside.sch.rw", Rwandan),
        ], 16),
    };

    private static readonly (string Nation, Economy Economy, string Domain, string[] Cities, DemoNamePool People)[] Regions =
    [
        ("GB", Economy.Developed, "sch.uk", ["Leeds", "Sheffield", "Norwich", "Cardiff", "Glasgow", "Leicester"], English),
        ("AU", Economy.Developed, "edu.au", ["Brisbane", "Adelaide", "Perth", "Hobart", "Darwin", "Newcastle"], Australian),
        ("GH", Economy.Developing, "edu.gh", ["Kumasi", "Tamale", "Cape Coast", "Ho", "Takoradi", "Sunyani"], Ghanaian),
        ("UG", Economy.Developing, "sc.ug", ["Lira", "Masaka", "Fort Portal", "Arua", "Soroti", "Hoima"], Ugandan),
    ];

    private static readonly string[] SchoolKinds =
        ["Primary School", "Secondary School", "Community School", "Academy", "High School", "Junior School"];

    /// <summary>The profile for <paramref name="code"/>: hand-written for the demo codes, generated for any other.</summary>
    public static DemoInstitution For(string code) => Known.TryGetValue(code, out var known) ? known : Generate(code);

    private static DemoInstitution Generate(string code)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(code));
        var home = Regions[hash[0] % Regions.Length];
        var abroad = Regions.First(r => r.Economy != home.Economy && r.Nation != home.Nation);
        var schools = new List<DemoSchool>();
        for (var i = 0; i < 6; i++)
        {
            var region = i < 5 ? home : abroad;
            var city = region.Cities[(hash[1] + i) % region.Cities.Length];
            var kind = SchoolKinds[(hash[2] + i) % SchoolKinds.Length];
            var slug = $"{city.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()}{i + 1}";
            schools.Add(new DemoSchool($"{city} {kind}", city, region.Nation, region.Economy, $"{slug}.{code}.{region.Domain}", region.People));
        }
        return new DemoInstitution(code, $"Institution {code}", home.Nation, schools, hash[3] % DemoResearchTemplates.All.Count);
    }
}
