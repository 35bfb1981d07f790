"""The workshop's details: title, question, dates, people, notes."""
