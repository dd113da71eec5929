"""Career Journal: a private, local journal of your career."""

__version__ = "0.1.0"
APP_NAME = "Career Journal"
APP_ID = "io.github.careerjournal.CareerJournal"
