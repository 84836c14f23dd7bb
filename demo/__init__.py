"""The demo marketplace: a local web app of fake Yantai online shops with labelled truth.

It stands in for Taobao, JD, Pinduoduo, Douyin, Kuaishou and Meituan shop pages
so the product can be demonstrated and tested without touching the internet.
`demo.server.DemoServer` serves it; `demo.site` gives the targets file and truth.
"""
