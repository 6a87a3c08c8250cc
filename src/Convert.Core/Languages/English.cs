
namespace Convert.Core.Languages;

/// <summary>English, the default: its labels are used for articles in a language the catalogue lacks.</summary>
internal static class English
{
    public static LanguageRecord Record { get; } = new()
    {
        Tag = "en",
        BylineWords = ["By", "Written by", "Posted by", "Words by", "Story by", "Text by", "Reported by", "Published by"],
        BylineWithoutPerson = true,
        Conjunctions = ["and"],
        AuthorHeadings =
        [
            .. LanguageRecord.Combine(["About ", "About the "], ["author", "authors", "writer", "writers", "contributor", "contributors"]),
            .. LanguageRecord.Combine(["Author", "Authors", "The author", "The authors"],
                ["", " bio", " bios", " biography", " information", " info", " details"]),
            "About the author(s)", "About the reviewer", "Meet the author", "Meet the authors", "Contributor", "Contributors",
        ],
        RoleWords =
        [
            "Director", "Associate", "Research", "Officer", "Editor", "Writer", "Reporter", "Correspondent",
            "Contributor", "Columnist", "Fellow", "Professor", "Lecturer", "Analyst", "Researcher", "Staff", "Manager",
            "Head", "Chief", "Founder", "Co-founder", "Cofounder", "Consultant", "Student", "President", "Partner",
            "Coordinator", "Assistant", "Intern", "Journalist", "Scholar", "Scientist", "Economist", "Adviser",
            "Advisor", "Specialist", "Strategist", "Photographer", "Producer", "Host", "Deputy", "Chair", "Chairman",
            "Chairwoman", "Chairperson", "Engineer", "CEO", "CTO", "CFO", "COO", "Secretary", "Ambassador",
            "Blogger", "Candidate", "Teacher", "Lawyer", "Attorney", "Physician", "Expert", "Executive", "Author",
            "Novelist", "Poet", "Critic", "Commentator", "Anchor", "Presenter", "Designer", "Developer", "Programmer",
            "Architect", "Practitioner", "Instructor", "Educator", "Curator", "Librarian", "Historian", "Sociologist",
            "Psychologist", "Lead", "Principal", "Investigator", "Volunteer", "Trainee", "Apprentice",
        ],
        RoleConnectors = ["of", "in", "at", "the", "and", "for", "on", "to", "a", "an", "with"],
        BioVerbs =
        [
            "is", "was", "has", "holds", "held", "writes", "wrote", "covers", "covered", "joined", "teaches", "taught",
            "works", "worked", "leads", "led", "serves", "served", "received", "earned", "studied", "specializes",
            "specialises", "focuses", "reports", "reported", "edits", "edited", "heads", "directs", "lectures", "founded",
            "co-founded", "researches", "previously", "currently", "also", "recently", "lives", "graduated", "completed",
            "brings", "began", "started", "spent",
        ],
        // Particles of Arabic and Malay names as English texts write them ("Anwar bin Ibrahim", "Omar al Rashid").
        NameParticles = ["bin", "binti", "bint", "al", "el", "ibn"],
        MonthAbbreviations =
            [["Jan"], ["Feb"], ["Mar"], ["Apr"], [], ["Jun"], ["Jul"], ["Aug"], ["Sep", "Sept"], ["Oct"], ["Nov"], ["Dec"]],
        MonthFirstDates = true,
        DaySuffixes = ["st", "nd", "rd", "th"],
        DateConnectors = ["of"],
        DateLabels =
        [
            .. LanguageRecord.Combine(["", "First ", "Last "],
                [.. LanguageRecord.Combine(["Published", "Updated", "Posted", "Modified", "Date", "Dated"], ["", " on", " at"])]),
        ],
        Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Mon", "Tue", "Tues", "Wed", "Weds", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"],
        GuessWords = ["the", "and", "of", "to", "is", "that", "was", "with", "for", "it", "this", "are", "have", "from", "which",
            "were", "been", "has", "not", "by"],
        Labels = new("By", "and", "About the author", "About the authors", "First published at", "Source:", "Page", "of", "{0} {1} {2}",
            ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]),
    };
}
