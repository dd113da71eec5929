from career_journal.cli import main

main()
