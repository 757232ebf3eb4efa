"""The Qt-free core: routines, timeline, session, schedule, settings, history."""
