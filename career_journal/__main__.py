from career_journal.app import main

main()
