"""Live rooms watched as evidence of a session: chat, room state, frames, network, video.

`recorder.LiveRecorder` watches an open Playwright page for a window and writes as it
goes; `video.finish_video` closes the context so session.webm is complete;
`ocr.ocr_frames` reads the text burned into the frames afterwards.
"""
