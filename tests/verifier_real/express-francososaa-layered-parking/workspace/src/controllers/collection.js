// excerpt of https://github.com/francososaa/Estacionamiento@d3fd5295596a:src/controllers/collection.js
const collectionService = require('../services/collection.service');

const getAll = async (req, res) => {
    const recaudations = await collectionService.getAll();
    return res.send({ message: "Success", recaudations });
};

const getRecaudation = async (req, res) => {
    const date = req.params.date;

    const recaudation = await collectionService.getRecaudationByDate(date);
    return res.send({ message: "Success", recaudation });
};

const getRecaudationTotal = async (req, res) => {
    const date = req.params.date;

    const recaudation = await collectionService.getRecaudationTotalByDate(date);
    return res.send({ message: "Success", recaudation });
};
